import Foundation

extension Tensor {
    /// Subtracts the mean and divides by √(variance + epsilon) over `axes`, with a fused backward rule.
    ///
    /// Each group of values that shares its position on the other axes is standardised on its own; the
    /// variance is the biased one (divided by n), as in every normalisation layer. The gradient flows
    /// through the mean and variance too: for a group of n values with x̂ = (x − μ)/σ,
    /// dx = (g − mean(g) − x̂·mean(g·x̂)) / σ.
    public func standardized(axes: [Int], epsilon: Double = 1e-5,
                             file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        standardizedWithStatistics(axes: axes, epsilon: epsilon, operation: "standardize", file: file, line: line).output
    }

    /// `standardized(axes:epsilon:)` that also returns each group's mean and biased variance, in the
    /// row-major order of the kept axes, and the number of values per group.
    func standardizedWithStatistics(axes: [Int], epsilon: Double, operation: String,
                                    file: StaticString?, line: UInt?)
        -> (output: Tensor, mean: [Double], variance: [Double], groupSize: Int) {
        let resolved = reductionAxes(axes, operation: operation, file: file, line: line)
        let kept = keptShape(reducing: resolved)
        let groups = kept.reduce(1, *)
        let groupSize = groups == 0 ? 0 : count / groups
        let groupOf = groupIndices(kept: kept)
        let n = Double(Swift.max(groupSize, 1))

        var mean = [Double](repeating: 0, count: groups)
        var variance = [Double](repeating: 0, count: groups)
        var inverseStd = [Double](repeating: 0, count: groups)
        var normalized = [Double](repeating: 0, count: count)
        scalars.withUnsafeBufferPointer { x in
            for i in 0..<x.count { mean[groupOf[i]] += x[i] }
            for k in 0..<groups { mean[k] /= n }
            // Two passes (mean first, then squared deviations) keep the variance accurate.
            for i in 0..<x.count { let d = x[i] - mean[groupOf[i]]; variance[groupOf[i]] += d * d }
            for k in 0..<groups {
                variance[k] /= n
                inverseStd[k] = 1 / (variance[k] + epsilon).squareRoot()
            }
            for i in 0..<x.count { normalized[i] = (x[i] - mean[groupOf[i]]) * inverseStd[groupOf[i]] }
        }
        let output = Tensor.result(normalized, shape, operation: operation, inputs: [self]) { [shape] g in
            var sumG = [Double](repeating: 0, count: groups)
            var sumGX = [Double](repeating: 0, count: groups)
            var grad = [Double](repeating: 0, count: g.count)
            g.scalars.withUnsafeBufferPointer { gs in
                for i in 0..<gs.count {
                    sumG[groupOf[i]] += gs[i]
                    sumGX[groupOf[i]] += gs[i] * normalized[i]
                }
                for i in 0..<gs.count {
                    let k = groupOf[i]
                    grad[i] = inverseStd[k] * (gs[i] - sumG[k] / n - normalized[i] * sumGX[k] / n)
                }
            }
            return [Tensor(unchecked: grad, shape)]
        }
        return (output, mean, variance, groupSize)
    }

    /// For every value, the row-major index of its position in `kept` (the shape with reduced axes set to 1).
    func groupIndices(kept: [Int]) -> [Int] {
        let strides = Shape.broadcastStrides(kept, to: shape)
        var groupOf = [Int](repeating: 0, count: count)
        var index = [Int](repeating: 0, count: rank)
        var group = 0
        for i in 0..<count {
            groupOf[i] = group
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                group += strides[axis]
                if index[axis] < shape[axis] { break }
                group -= strides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
        return groupOf
    }
}
