@testable import Charts
import Testing

@Suite struct LegendTests {
    @Test func wrapsIntoRowsThatFit() {
        let entries = (0..<6).map { LegendEntry(label: "series \($0)", colorIndex: $0, swatch: .line(.solid)) }
        let wide = Legend(entries: entries, maxWidth: 1000)
        #expect(wide.rows.count == 1)
        let narrow = Legend(entries: entries, maxWidth: 200)
        #expect(narrow.rows.count == 3)
        #expect(narrow.height > wide.height)
        #expect(Legend(entries: [], maxWidth: 100).height == 0)
    }

    @Test func chineseLabelsTakeMoreRoom() {
        let latin = Legend(entries: [LegendEntry(label: "abcd", colorIndex: 0, swatch: .box),
                                     LegendEntry(label: "efgh", colorIndex: 1, swatch: .box)], maxWidth: 130)
        let chinese = Legend(entries: [LegendEntry(label: "训练损失", colorIndex: 0, swatch: .box),
                                       LegendEntry(label: "测试损失", colorIndex: 1, swatch: .box)], maxWidth: 130)
        #expect(latin.rows.count == 1)
        #expect(chinese.rows.count == 2)
    }
}
