/// Shape arithmetic shared by the operations: broadcasting, strides and axis normalisation.
enum Shape {
    /// The row-major strides of a shape.
    static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = step
            step *= shape[axis]
        }
        return strides
    }

    /// The shape two shapes broadcast to (NumPy rules), or nil when they are incompatible.
    static func broadcast(_ a: [Int], _ b: [Int]) -> [Int]? {
        let rank = max(a.count, b.count)
        var out = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let x = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let y = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            if x == y || y == 1 { out[i] = x } else if x == 1 { out[i] = y } else { return nil }
        }
        return out
    }

    /// Strides for reading a tensor of `shape` as if it had the broadcast shape `target` (0 on broadcast axes).
    static func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
        let own = strides(shape)
        let offset = target.count - shape.count
        return (0..<target.count).map { i in
            i < offset || shape[i - offset] == 1 ? 0 : own[i - offset]
        }
    }

    /// Turns a possibly negative axis into an index in 0..<rank, or traps naming the operation.
    static func normalize(axis: Int, rank: Int, operation: String, shape: [Int],
                          file: StaticString?, line: UInt?) -> Int {
        let resolved = axis < 0 ? axis + rank : axis
        if resolved < 0 || resolved >= rank {
            EngineFailure.fail(operation, "axis \(axis) is out of range for shape \(describe(shape)) (rank \(rank))",
                               file: file, line: line)
        }
        return resolved
    }
}
