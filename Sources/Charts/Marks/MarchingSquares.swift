/// Finds the lines where a sampled function crosses a level (marching squares).
enum MarchingSquares {
    /// Lines at `level` through the grid `values[row][column]`, in grid coordinates
    /// (x = column index, y = row index, fractional where a line crosses between samples).
    /// Cells with a non-finite corner are skipped. Segments are joined into polylines.
    static func lines(values: [[Double]], level: Double) -> [[Point]] {
        let rowCount = values.count, columnCount = values.first?.count ?? 0
        guard rowCount >= 2, columnCount >= 2 else { return [] }
        var segments: [(Int, Int)] = []          // pairs of edge keys
        var pointForEdge: [Int: Point] = [:]

        /// Edge keys: 2·(row·columns + column) for the edge to the right, +1 for the edge upwards.
        func horizontalEdge(_ row: Int, _ column: Int) -> Int { 2 * (row * columnCount + column) }
        func verticalEdge(_ row: Int, _ column: Int) -> Int { 2 * (row * columnCount + column) + 1 }
        func crossing(_ key: Int) -> Point {
            let corner = key / 2, row = corner / columnCount, column = corner % columnCount
            let upward = key % 2 == 1
            let a = values[row][column]
            let b = upward ? values[row + 1][column] : values[row][column + 1]
            let t = a == b ? 0.5 : (level - a) / (b - a)
            return upward ? Point(x: Double(column), y: Double(row) + t) : Point(x: Double(column) + t, y: Double(row))
        }

        for row in 0..<(rowCount - 1) {
            for column in 0..<(columnCount - 1) {
                let a = values[row][column], b = values[row][column + 1]
                let c = values[row + 1][column + 1], d = values[row + 1][column]
                guard a.isFinite, b.isFinite, c.isFinite, d.isFinite else { continue }
                let index = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0)
                let bottom = horizontalEdge(row, column), top = horizontalEdge(row + 1, column)
                let left = verticalEdge(row, column), right = verticalEdge(row, column + 1)
                let centerAbove = (a + b + c + d) / 4 > level
                let pairs: [(Int, Int)]
                switch index {
                case 1, 14: pairs = [(left, bottom)]
                case 2, 13: pairs = [(bottom, right)]
                case 3, 12: pairs = [(left, right)]
                case 4, 11: pairs = [(right, top)]
                case 6, 9: pairs = [(bottom, top)]
                case 7, 8: pairs = [(left, top)]
                case 5: pairs = centerAbove ? [(bottom, right), (top, left)] : [(left, bottom), (right, top)]
                case 10: pairs = centerAbove ? [(left, bottom), (right, top)] : [(bottom, right), (top, left)]
                default: pairs = []
                }
                for (first, second) in pairs {
                    segments.append((first, second))
                    if pointForEdge[first] == nil { pointForEdge[first] = crossing(first) }
                    if pointForEdge[second] == nil { pointForEdge[second] = crossing(second) }
                }
            }
        }
        return join(segments).map { $0.map { pointForEdge[$0]! } }
    }

    /// Joins segments that share an edge key into chains of keys, in a deterministic order.
    static func join(_ segments: [(Int, Int)]) -> [[Int]] {
        var segmentsAtKey: [Int: [Int]] = [:]
        for (index, segment) in segments.enumerated() {
            segmentsAtKey[segment.0, default: []].append(index)
            segmentsAtKey[segment.1, default: []].append(index)
        }
        var used = [Bool](repeating: false, count: segments.count)
        func extend(_ chain: inout [Int]) {
            while let end = chain.last,
                  let next = segmentsAtKey[end]?.first(where: { !used[$0] }) {
                used[next] = true
                chain.append(segments[next].0 == end ? segments[next].1 : segments[next].0)
            }
        }
        var chains: [[Int]] = []
        for index in segments.indices where !used[index] {
            used[index] = true
            var forward = [segments[index].0, segments[index].1]
            extend(&forward)
            var backward = [segments[index].0]
            extend(&backward)
            chains.append(backward.dropFirst().reversed() + forward)
        }
        return chains
    }
}
