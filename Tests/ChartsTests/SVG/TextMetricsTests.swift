@testable import Charts
import Testing

@Suite struct TextMetricsTests {
    @Test func cjkCountsOneEmLatinPointSix() {
        #expect(TextMetrics.width("导数", fontSize: 10) == 20)
        #expect(TextMetrics.width("ab", fontSize: 10) == 12)
        #expect(TextMetrics.width("Sigmoid 及其导数", fontSize: 10) == 8 * 6 + 40)
        #expect(TextMetrics.width("한글", fontSize: 10) == 20)
        #expect(TextMetrics.width("e\u{301}", fontSize: 10) == 6)
    }

    @Test func wrapsAtSpaces() {
        let lines = TextMetrics.wrap("one two three four", fontSize: 10, maxWidth: 50)
        #expect(lines == ["one two", "three", "four"])
        #expect(TextMetrics.wrap("", fontSize: 10, maxWidth: 50).isEmpty)
    }
}
