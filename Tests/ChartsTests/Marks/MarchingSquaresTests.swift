@testable import Charts
import Foundation
import Testing

@Suite struct MarchingSquaresTests {
    /// x² + y² sampled on a 21×21 grid over −1…1.
    private let bowl: [[Double]] = (0...20).map { row in
        (0...20).map { column in
            let x = Double(column) / 10 - 1, y = Double(row) / 10 - 1
            return x * x + y * y
        }
    }

    @Test func circleBecomesOneClosedLoop() {
        let lines = MarchingSquares.lines(values: bowl, level: 0.25)
        #expect(lines.count == 1)
        let loop = lines[0]
        #expect(loop.first == loop.last)
        for point in loop {
            let x = point.x / 10 - 1, y = point.y / 10 - 1
            #expect(abs((x * x + y * y).squareRoot() - 0.5) < 0.02)
        }
    }

    @Test func levelsOutsideTheRangeGiveNothing() {
        #expect(MarchingSquares.lines(values: bowl, level: 5).isEmpty)
        #expect(MarchingSquares.lines(values: bowl, level: -1).isEmpty)
    }

    @Test func constantGridHasNoLines() {
        let flat = [[Double]](repeating: [Double](repeating: 2, count: 5), count: 5)
        #expect(MarchingSquares.lines(values: flat, level: 2).isEmpty)
    }

    @Test func openLinesRunEdgeToEdge() {
        let ramp: [[Double]] = (0..<4).map { _ in (0..<4).map(Double.init) }
        let lines = MarchingSquares.lines(values: ramp, level: 1.5)
        #expect(lines.count == 1)
        #expect(lines[0].count == 4)
        #expect(lines[0].allSatisfy { $0.x == 1.5 })
    }

    @Test func saddleCellsAreResolved() {
        let saddle: [[Double]] = [[1, 0], [0, 1]]
        let lines = MarchingSquares.lines(values: saddle, level: 0.5)
        #expect(lines.count == 2)
    }

    @Test func cellsWithNaNAreSkipped() {
        var grid = bowl
        grid[10][10] = .nan
        let lines = MarchingSquares.lines(values: grid, level: 0.25)
        #expect(lines.count == 1)
    }
}
