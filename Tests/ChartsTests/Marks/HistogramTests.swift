@testable import Charts
import Testing

@Suite struct HistogramTests {
    @Test func explicitBinsSpanTheData() {
        let histogram = Histogram([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], bins: 5)
        #expect(histogram.edges == [0, 2, 4, 6, 8, 10])
        #expect(histogram.counts == [2, 2, 2, 2, 3])
    }

    @Test func automaticBinsHaveNiceEdges() {
        let values = (0..<100).map { Double($0) * 0.0123 }
        let histogram = Histogram(values)
        #expect(histogram.counts.reduce(0, +) == 100)
        #expect(histogram.edges.first == 0)
        #expect(histogram.edges.allSatisfy { ($0 * 1000).rounded() == $0 * 1000 })
    }

    @Test func nonFiniteAndOutOfRangeValuesAreCountedForNotes() {
        let histogram = Histogram([1, 2, .nan, .infinity, 50], bins: 2, range: 0...10)
        #expect(histogram.counts.reduce(0, +) == 2)
        let notes = histogram.notes(x: .linear, y: .linear).map(\.text)
        #expect(notes.contains { $0.contains("2 non-finite") })
        #expect(notes.contains { $0.contains("1 value outside") })
    }

    @Test func identicalValuesGetOneBin() {
        let histogram = Histogram([3, 3, 3])
        #expect(histogram.edges == [2.5, 3.5])
        #expect(histogram.counts == [3])
    }
}
