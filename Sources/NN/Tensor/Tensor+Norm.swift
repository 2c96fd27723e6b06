import Foundation

extension Tensor {
    /// The vector p-norm over `axes` (over all values when nil): (Σ|x|ᵖ)^(1/p), with p = 1 the sum of
    /// absolute values, p = 2 the Euclidean length (the default) and p = `.infinity` the largest |x|.
    ///
    /// Any p > 0 works. The gradient is x/‖x‖ for p = 2, sign(x) for p = 1, and for p = ∞ it goes to
    /// the values of largest |x|, shared equally between ties; where the norm is 0 the gradient is 0
    /// (PyTorch's subgradient). `keepDims` keeps the reduced axes with size 1.
    ///
    /// ```swift
    /// let x: Tensor = [[3, -4], [0, 1]]
    /// x.norm()                          // 5.0990… (√26)
    /// x.norm(p: 1, axis: 1)             // [7, 1]
    /// x.norm(p: .infinity, axis: 0)     // [3, 4]
    /// ```
    ///
    /// PyTorch: `torch.linalg.vector_norm(x, ord=p, dim=axes, keepdim=keepDims)` (and `x.norm(p, dim)`).
    public func norm(p: Double = 2, axes: [Int]? = nil, keepDims: Bool = false,
                     file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        if !(p > 0) {
            EngineFailure.fail("norm", "p must be above 0 (1, 2, .infinity, …), got \(p)", file: file, line: line)
        }
        let resolved = reductionAxes(axes, operation: "norm", file: file, line: line)
        let kept = keptShape(reducing: resolved)
        let groups = kept.reduce(1, *)
        let groupOf = groupIndices(kept: kept)
        var norms = [Double](repeating: 0, count: groups)
        for i in 0..<count {
            let a = Swift.abs(scalars[i]), k = groupOf[i]
            switch p {
            case 1: norms[k] += a
            case 2: norms[k] += a * a
            case .infinity: norms[k] = a.isNaN || norms[k].isNaN ? .nan : Swift.max(norms[k], a)
            default: norms[k] += Foundation.pow(a, p)
            }
        }
        if p == 2 {
            for k in 0..<groups { norms[k] = norms[k].squareRoot() }
        } else if p != 1 && p != .infinity {
            for k in 0..<groups { norms[k] = Foundation.pow(norms[k], 1 / p) }
        }
        let outShape = keepDims ? kept : kept.enumerated().filter { !resolved.contains($0.offset) }.map(\.element)
        return .result(norms, outShape, operation: "norm", inputs: [self]) { [x = scalars, shape] g in
            var ties = [Double](repeating: 0, count: groups)
            if p == .infinity {
                for i in 0..<x.count where Swift.abs(x[i]) == norms[groupOf[i]] { ties[groupOf[i]] += 1 }
            }
            var grad = [Double](repeating: 0, count: x.count)
            let gs = g.scalars
            for i in 0..<x.count {
                let k = groupOf[i], n = norms[k]
                let sign: Double = x[i] > 0 ? 1 : (x[i] < 0 ? -1 : 0)
                let local: Double
                switch p {
                case 1: local = sign
                case 2: local = n == 0 ? 0 : x[i] / n
                case .infinity: local = Swift.abs(x[i]) == n && n != 0 ? sign / ties[k] : 0
                default: local = n == 0 ? 0 : sign * Foundation.pow(Swift.abs(x[i]) / n, p - 1)
                }
                grad[i] = Tensor.chain(gs[k], local)
            }
            return [Tensor(unchecked: grad, shape)]
        }
    }

    /// The vector p-norm along one axis; see `norm(p:axes:keepDims:)`.
    ///
    /// PyTorch: `torch.linalg.vector_norm(x, ord=p, dim=axis)`.
    public func norm(p: Double = 2, axis: Int, keepDims: Bool = false,
                     file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        norm(p: p, axes: [axis], keepDims: keepDims, file: file, line: line)
    }
}
