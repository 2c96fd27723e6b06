@testable import Charts
import Testing

@Suite struct ValueColorsTests {
    @Test func bySignColoursZeroAndAboveOneWayAndBelowZeroTheOther() {
        let colors = ValueColors.bySign()
        #expect(colors.indices(for: [1, -2, 0, -0.5], seriesColor: 6) == [0, 1, 0, 1])
        let custom = ValueColors.bySign(positive: .bluishGreen, negative: .reddishPurple)
        #expect(custom.indices(for: [3, -3], seriesColor: 0) == [2, 3])
    }

    @Test func eachGoesByPositionAndLeavesTheRestToTheSeriesColour() {
        let colors = ValueColors.each([.orange, .skyBlue])
        #expect(colors.indices(for: [1, 1, 1], seriesColor: 2) == [4, 5, 2])
        let literal: ValueColors = [.orange, .skyBlue]
        #expect(literal.indices(for: [1, 1, 1], seriesColor: 2) == [4, 5, 2])
    }

    @Test func byValueAsksTheRuleForEachValue() {
        let colors = ValueColors.byValue { $0 > 0.5 ? .vermillion : .blue }
        #expect(colors.indices(for: [0.2, 0.9], seriesColor: 3) == [0, 1])
    }

    @Test func seriesIndicesWrapAroundThePalette() {
        #expect(ChartColor.series(7) == ChartColor.series(0))
        #expect(ChartColor.series(-1) == ChartColor.series(6))
        #expect(ChartColor.series(1) == .vermillion)
    }

    @Test func theStyleSheetMustReachTheHighestColourUsed() {
        #expect(ValueColors.each([.skyBlue]).paletteReach(for: [1]) == 6)
        #expect(ValueColors.bySign().paletteReach(for: [1, 2]) == 2)
        #expect(ValueColors.byValue { _ in .orange }.paletteReach(for: []) == 0)
    }

    @Test func onlyColoursBySignNameThemselvesInALegend() {
        let entries = ValueColors.bySign().legendEntries(name: "Δw", swatch: .box)
        #expect(entries.map(\.label) == ["Δw ≥ 0", "Δw < 0"])
        #expect(entries.map(\.colorIndex) == [0, 1])
        #expect(ValueColors.bySign().legendEntries(name: "", swatch: .box).isEmpty)
        #expect(ValueColors.each([.blue]).legendEntries(name: "a", swatch: .box).isEmpty)
    }
}
