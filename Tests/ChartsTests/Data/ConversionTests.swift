import Charts
import Testing

/// A stand-in for the engine's tensor: another module makes it plottable in one extension each.
private struct FakeTensor {
    var shape: [Int]
    var scalars: [Float]
}

extension FakeTensor: ChartSeriesConvertible {
    var chartValues: [Double] { scalars.map(Double.init) }
}

extension FakeTensor: ChartMatrixConvertible {
    var chartRows: [[Double]] {
        (0..<shape[0]).map { row in scalars[(row * shape[1])..<((row + 1) * shape[1])].map(Double.init) }
    }
}

@Suite struct ConversionTests {
    @Test func standardTypesConvert() {
        #expect([1.5, 2].chartValues == [1.5, 2])
        #expect([Float(0.5), 1].chartValues == [0.5, 1])
        #expect([1, 2, 3].chartValues == [1, 2, 3])
        #expect((0..<3).chartValues == [0, 1, 2])
        #expect((1...3).chartValues == [1, 2, 3])
        #expect(stride(from: 0.0, to: 1.0, by: 0.25).chartValues == [0, 0.25, 0.5, 0.75])
        #expect([[1, 2], [3, 4]].chartRows == [[1, 2], [3, 4]])
        #expect([[Float(1)], [2]].chartRows == [[1], [2]])
    }

    @Test func aTensorLikeTypePlotsInEveryChart() {
        let tensor = FakeTensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        let fromTensor = checked(Chart { Line("t", values: tensor) }.svg)
        let fromArray = Chart { Line("t", values: [1.0, 2, 3, 4, 5, 6]) }.svg
        #expect(fromTensor == fromArray)
        #expect(checked(Heatmap(matrix: tensor).svg) == Heatmap(matrix: [[1.0, 2, 3], [4, 5, 6]]).svg)
        parseSVG(Chart { Histogram(tensor, bins: 3); Scatter(x: tensor, y: tensor) }.svg)
        parseSVG(Contour(matrix: tensor, xRange: 0...1, yRange: 0...1) { Trajectory(points: FakeTensor(shape: [2, 2], scalars: [0, 0, 1, 1])) }.svg)
    }
}
