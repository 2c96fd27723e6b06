import Foundation
@testable import Charts
import Testing

@Suite struct PathDataTests {
    @Test func straightRunsCollapseToTheirEnds() {
        let points = (0...100).map { Point(x: Double($0), y: 2 * Double($0)) }
        #expect(PathData.polylines([points]) == "M0,0 100,200")
    }

    @Test func gapsStartNewSubpaths() {
        let runs = PathData.runs([Point(x: 0, y: 0), Point(x: 1, y: 1), nil, Point(x: 5, y: 5), nil, nil])
        #expect(runs.count == 2)
        #expect(PathData.polylines(runs) == "M0,0 1,1M5,5h0")
    }

    @Test func curvesKeepTheirShapeWithinTolerance() {
        let points = (0...400).map { i -> Point in
            let x = Double(i) / 400 * 600
            return Point(x: x, y: 200 - 150 / (1 + exp(-(x - 300) / 40)))
        }
        let kept = PathData.simplified(points)
        #expect(kept.count < 100)
        #expect(kept.first?.x == 0 && kept.last?.x == 600)
        for point in points {
            let nearest = zip(kept, kept.dropFirst()).map { distance(point, $0, $1) }.min()!
            #expect(nearest < 0.3)
        }
    }

    @Test func denseDataIsDecimatedPerPixelColumn() {
        let noisy = (0..<10_000).map { i in Point(x: Double(i) / 100, y: Double((i * 7919) % 101)) }
        let kept = PathData.decimatedByColumn(noisy)
        #expect(kept.count <= 4 * 100)
        #expect(kept.contains { $0.y == 100 })
        #expect(kept.contains { $0.y == 0 })
    }

    private func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / max(dx * dx + dy * dy, 1e-12)))
        let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
        return (ex * ex + ey * ey).squareRoot()
    }
}
