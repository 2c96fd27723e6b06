extension Tensor {
    /// The shape after reducing `axes`, with those axes kept as size 1.
    func keptShape(reducing axes: [Int]) -> [Int] {
        var kept = shape
        for axis in axes { kept[axis] = 1 }
        return kept
    }

    /// Resolves the axes argument of a reduction; nil means every axis.
    func reductionAxes(_ axes: [Int]?, operation: String, file: StaticString?, line: UInt?) -> [Int] {
        guard let axes else { return Array(0..<rank) }
        return axes.map { Shape.normalize(axis: $0, rank: rank, operation: operation, shape: shape, file: file, line: line) }
    }

    /// Repeats values along size-1 axes (and new leading axes) to fill `target`.
    public func broadcast(to target: [Int], file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        if shape == target { return self }
        guard Shape.broadcast(shape, target) == target else {
            EngineFailure.fail("broadcast", "shape \(describe(shape)) cannot be broadcast to \(describe(target))",
                               file: file, line: line)
        }
        let zeros = Tensor(unchecked: [Double](repeating: 0, count: target.reduce(1, *)), target)
        let (out, _) = Tensor.zipBroadcast(zeros, self, operation: "broadcast", file: file, line: line) { _, y in y }
        return .result(out, target, operation: "broadcast", inputs: [self]) { [shape] g in [g.summed(toShape: shape)] }
    }

    /// The sum over `axes` (all axes when nil); `keepDims` keeps reduced axes with size 1.
    public func sum(axes: [Int]? = nil, keepDims: Bool = false,
                    file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let resolved = reductionAxes(axes, operation: "sum", file: file, line: line)
        let kept = keptShape(reducing: resolved)
        let reduced = summed(toShape: kept)
        let outShape = keepDims ? kept : kept.enumerated().filter { !resolved.contains($0.offset) }.map(\.element)
        return .result(reduced.scalars, outShape, operation: "sum", inputs: [self]) { [shape] g in
            [Tensor(unchecked: g.scalars, kept).broadcast(to: shape)]
        }
    }

    /// The sum along one axis.
    public func sum(axis: Int, keepDims: Bool = false, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        sum(axes: [axis], keepDims: keepDims, file: file, line: line)
    }

    /// The mean over `axes` (all axes when nil).
    public func mean(axes: [Int]? = nil, keepDims: Bool = false,
                     file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let resolved = reductionAxes(axes, operation: "mean", file: file, line: line)
        let n = resolved.reduce(1) { $0 * shape[$1] }
        return sum(axes: resolved, keepDims: keepDims, file: file, line: line) / Double(Swift.max(n, 1))
    }

    /// The mean along one axis.
    public func mean(axis: Int, keepDims: Bool = false, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        mean(axes: [axis], keepDims: keepDims, file: file, line: line)
    }

    /// The variance over `axes` (all axes when nil); divides by n, or by n-1 when `unbiased`.
    public func variance(axes: [Int]? = nil, keepDims: Bool = false, unbiased: Bool = false,
                         file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let resolved = reductionAxes(axes, operation: "variance", file: file, line: line)
        let n = resolved.reduce(1) { $0 * shape[$1] }
        let centered = self - mean(axes: resolved, keepDims: true, file: file, line: line)
        let squares = (centered * centered).sum(axes: resolved, keepDims: keepDims, file: file, line: line)
        return squares / Double(Swift.max(unbiased ? n - 1 : n, 1))
    }

    /// The variance along one axis.
    public func variance(axis: Int, keepDims: Bool = false, unbiased: Bool = false,
                         file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        variance(axes: [axis], keepDims: keepDims, unbiased: unbiased, file: file, line: line)
    }

    /// The largest value along `axis` (of all values when nil); the gradient flows to the first maximum.
    public func max(axis: Int? = nil, keepDims: Bool = false, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        extreme(axis: axis, keepDims: keepDims, operation: "max", file: file, line: line, isBetter: >)
    }

    /// The smallest value along `axis` (of all values when nil); the gradient flows to the first minimum.
    public func min(axis: Int? = nil, keepDims: Bool = false, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        extreme(axis: axis, keepDims: keepDims, operation: "min", file: file, line: line, isBetter: <)
    }

    /// The index of the largest value along `axis` (in the flattened tensor when nil), as Float64 values.
    public func argmax(axis: Int? = nil, keepDims: Bool = false, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let (_, indices, shape) = extremeIndices(axis: axis, keepDims: keepDims, operation: "argmax",
                                                 file: file, line: line, isBetter: >)
        return Tensor(unchecked: indices.map(Double.init), shape)
    }

    /// The index of the smallest value along `axis` (in the flattened tensor when nil), as Float64 values.
    public func argmin(axis: Int? = nil, keepDims: Bool = false, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let (_, indices, shape) = extremeIndices(axis: axis, keepDims: keepDims, operation: "argmin",
                                                 file: file, line: line, isBetter: <)
        return Tensor(unchecked: indices.map(Double.init), shape)
    }

    private func extreme(axis: Int?, keepDims: Bool, operation: String, file: StaticString?, line: UInt?,
                         isBetter: (Double, Double) -> Bool) -> Tensor {
        let (values, positions, outShape) = extremeIndices(axis: axis, keepDims: keepDims, operation: operation,
                                                           file: file, line: line, isBetter: isBetter)
        let (outer, n, inner) = layout(axis: axis)
        return .result(values, outShape, operation: operation, inputs: [self]) { [shape] g in
            var grad = [Double](repeating: 0, count: outer * n * inner)
            for o in 0..<outer {
                for i in 0..<inner {
                    let k = o * inner + i
                    grad[(o * n + positions[k]) * inner + i] += g.scalars[k]
                }
            }
            return [Tensor(unchecked: grad, shape)]
        }
    }

    /// Views the tensor as [outer, n, inner] around `axis` (nil: the whole tensor as one axis).
    private func layout(axis: Int?) -> (outer: Int, n: Int, inner: Int) {
        guard let axis else { return (1, count, 1) }
        let a = axis < 0 ? axis + rank : axis
        return (shape[..<a].reduce(1, *), shape[a], shape[(a + 1)...].reduce(1, *))
    }

    private func extremeIndices(axis: Int?, keepDims: Bool, operation: String, file: StaticString?, line: UInt?,
                                isBetter: (Double, Double) -> Bool) -> ([Double], [Int], [Int]) {
        let resolved = axis.map { Shape.normalize(axis: $0, rank: rank, operation: operation, shape: shape, file: file, line: line) }
        let (outer, n, inner) = layout(axis: resolved)
        if n == 0 {
            EngineFailure.fail(operation, "cannot reduce an empty axis of shape \(describe(shape))", file: file, line: line)
        }
        var values = [Double](repeating: 0, count: outer * inner)
        var positions = [Int](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = scalars[o * n * inner + i], bestIndex = 0
                for j in 1..<Swift.max(n, 1) {
                    let v = scalars[(o * n + j) * inner + i]
                    if isBetter(v, best) || (best.isNaN && !v.isNaN) { best = v; bestIndex = j }
                }
                values[o * inner + i] = best
                positions[o * inner + i] = bestIndex
            }
        }
        let outShape: [Int]
        if let resolved {
            var s = shape
            if keepDims { s[resolved] = 1 } else { s.remove(at: resolved) }
            outShape = s
        } else {
            outShape = keepDims ? [Int](repeating: 1, count: rank) : []
        }
        return (values, positions, outShape)
    }
}
