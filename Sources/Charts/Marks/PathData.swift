/// SVG path data for polylines, made compact: points rounded to 0.1 px, runs inside one pixel column
/// reduced to their first, lowest, highest and last point, and nearly straight runs simplified.
enum PathData {
    /// How far (in px) a simplified line may stray from the original.
    static let tolerance = 0.15

    /// `M x,y x,y …` for each run of points; runs are separated by gaps.
    static func polylines(_ runs: [[Point]]) -> String {
        var d = ""
        for run in runs where !run.isEmpty {
            let points = simplified(run)
            d += "M" + points.map { "\(SVGText.number($0.x)),\(SVGText.number($0.y))" }.joined(separator: " ")
            if points.count == 1 { d += "h0" }
        }
        return d
    }

    /// Splits a sequence of optional points into runs at the nils.
    static func runs(_ points: [Point?]) -> [[Point]] {
        var runs: [[Point]] = []
        var current: [Point] = []
        for point in points {
            if let point { current.append(point) } else if !current.isEmpty { runs.append(current); current = [] }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The points of a run that are needed to draw it within the tolerance.
    static func simplified(_ run: [Point]) -> [Point] {
        let rounded = run.map { Point(x: ($0.x * 10).rounded() / 10, y: ($0.y * 10).rounded() / 10) }
        var distinct: [Point] = []
        for point in rounded where distinct.last != point { distinct.append(point) }
        return douglasPeucker(decimatedByColumn(distinct))
    }

    /// Keeps the first, lowest, highest and last point of each run of points inside one pixel column.
    static func decimatedByColumn(_ points: [Point]) -> [Point] {
        guard points.count > 4 else { return points }
        var result: [Point] = []
        var start = 0
        while start < points.count {
            let column = points[start].x.rounded(.down)
            var end = start
            while end + 1 < points.count && points[end + 1].x.rounded(.down) == column { end += 1 }
            if end - start < 4 {
                result.append(contentsOf: points[start...end])
            } else {
                let slice = points[start...end]
                let low = slice.indices.min { points[$0].y < points[$1].y }!
                let high = slice.indices.max { points[$0].y < points[$1].y }!
                for index in [start, low, high, end].sorted() where result.last != points[index] {
                    result.append(points[index])
                }
            }
            start = end + 1
        }
        return result
    }

    /// Ramer–Douglas–Peucker simplification with `tolerance`.
    static func douglasPeucker(_ points: [Point]) -> [Point] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            var farthest = first, distance = 0.0
            for index in (first + 1)..<last {
                let d = distanceToSegment(points[index], points[first], points[last])
                if d > distance { distance = d; farthest = index }
            }
            if distance > tolerance {
                keep[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, last))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    private static func distanceToSegment(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        var t = lengthSquared == 0 ? 0 : ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared
        t = min(max(t, 0), 1)
        let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
        return (ex * ex + ey * ey).squareRoot()
    }
}
