@testable import Charts
import Testing

@Suite struct SeriesDataTests {
    @Test func functionSamplesIncludeBothEnds() {
        let data = SeriesData(name: "", function: { $0 * $0 }, over: -6...6, samples: 7)
        #expect(data.xs == [-6, -4, -2, 0, 2, 4, 6])
        #expect(data.ys == [36, 16, 4, 0, 4, 16, 36])
    }

    @Test func unequalLengthsArePairedAndNoted() {
        let data = SeriesData(name: "loss", xs: [0, 1, 2], ys: [5, 4])
        #expect(data.count == 2)
        #expect(data.notes(x: .linear, y: .linear).map(\.text) == ["loss: x and y differ in length; ignored 1 unpaired value."])
    }

    @Test func logAxesSkipNonPositivePoints() {
        let data = SeriesData(name: "", values: [1, 0, -2, 10, .nan])
        #expect(data.nonPositiveCount(x: .linear, y: .log) == 2)
        #expect(data.nonFiniteCount == 1)
        #expect(data.extent(x: .linear, y: .log) == Extent(x: 0...3, y: 1...10))
        #expect(data.points(x: .linear, y: .log).map { $0 == nil } == [false, true, true, false, true])
    }
}
