import Foundation

/// Softmax and log-softmax along one axis, with a temperature, computed stably by subtracting the maximum.
extension Tensor {
    /// exp(xᵢ/T) / Σⱼ exp(xⱼ/T) along `axis`: each slice becomes a probability distribution.
    ///
    /// A higher temperature `T` flattens the distribution, a lower one sharpens it towards one-hot.
    /// Backward (Jacobian-vector product): ∂L/∂x = (1/T)·y ⊙ (g − Σ g ⊙ y).
    public func softmax(axis: Int = -1, temperature: Double = 1,
                        file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let plan = softmaxPlan(axis: axis, temperature: temperature, operation: "softmax", file: file, line: line)
        let (y, _) = plan.evaluate(scalars)
        return .result(y, shape, operation: "softmax", inputs: [self]) { g in
            [Tensor(unchecked: plan.softmaxBackward(y: y, g: g.scalars), g.shape)]
        }
    }

    /// log softmax(x/T) along `axis`: x/T − logΣexp(x/T), without forming the (possibly underflowing) softmax.
    ///
    /// Backward: ∂L/∂x = (1/T)·(g − softmax ⊙ Σ g).
    public func logSoftmax(axis: Int = -1, temperature: Double = 1,
                           file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let plan = softmaxPlan(axis: axis, temperature: temperature, operation: "logSoftmax", file: file, line: line)
        let (y, logY) = plan.evaluate(scalars)
        return .result(logY, shape, operation: "logSoftmax", inputs: [self]) { g in
            [Tensor(unchecked: plan.logSoftmaxBackward(softmax: y, g: g.scalars), g.shape)]
        }
    }

    private func softmaxPlan(axis: Int, temperature: Double, operation: String,
                             file: StaticString, line: UInt) -> SoftmaxPlan {
        let a = Shape.normalize(axis: axis, rank: rank, operation: operation, shape: shape, file: file, line: line)
        if !(temperature > 0) || !temperature.isFinite {
            EngineFailure.fail(operation, "temperature must be a positive number, got \(temperature)", file: file, line: line)
        }
        return SoftmaxPlan(outer: shape[..<a].reduce(1, *), n: shape[a], inner: shape[(a + 1)...].reduce(1, *),
                           temperature: temperature)
    }
}

/// The tensor seen as [outer, n, inner] around the softmax axis; each (outer, inner) pair is one slice.
private struct SoftmaxPlan {
    let outer: Int, n: Int, inner: Int
    let temperature: Double

    /// Visits every slice with the index of its first element; its elements are `inner` apart.
    private func forEachSlice(_ body: (Int) -> Void) {
        for o in 0..<outer {
            for i in 0..<inner { body(o * n * inner + i) }
        }
    }

    /// The softmax and the log-softmax of `x`.
    func evaluate(_ x: [Double]) -> (softmax: [Double], logSoftmax: [Double]) {
        let total = outer * n * inner
        var y = [Double](repeating: 0, count: total)
        var logY = [Double](repeating: 0, count: total)
        let t = temperature
        x.withUnsafeBufferPointer { x in
            y.withUnsafeMutableBufferPointer { y in
                logY.withUnsafeMutableBufferPointer { logY in
                    forEachSlice { base in
                        var largest = -Double.infinity
                        for j in 0..<n { largest = Swift.max(largest, x[base + j * inner]) }
                        var sum = 0.0
                        for j in 0..<n {
                            let k = base + j * inner
                            let shifted = (x[k] - largest) / t
                            logY[k] = shifted
                            y[k] = Foundation.exp(shifted)
                            sum += y[k]
                        }
                        let logSum = Foundation.log(sum)
                        for j in 0..<n {
                            let k = base + j * inner
                            y[k] /= sum
                            logY[k] -= logSum
                        }
                    }
                }
            }
        }
        return (y, logY)
    }

    /// (1/T)·y ⊙ (g − Σ g ⊙ y), per slice.
    func softmaxBackward(y: [Double], g: [Double]) -> [Double] {
        var dx = [Double](repeating: 0, count: y.count)
        let scale = 1 / temperature
        forEachSlice { base in
            var dot = 0.0
            for j in 0..<n { let k = base + j * inner; dot += g[k] * y[k] }
            for j in 0..<n { let k = base + j * inner; dx[k] = scale * Tensor.chain(y[k], g[k] - dot) }
        }
        return dx
    }

    /// (1/T)·(g − softmax ⊙ Σ g), per slice.
    func logSoftmaxBackward(softmax y: [Double], g: [Double]) -> [Double] {
        var dx = [Double](repeating: 0, count: y.count)
        let scale = 1 / temperature
        forEachSlice { base in
            var total = 0.0
            for j in 0..<n { total += g[base + j * inner] }
            for j in 0..<n { let k = base + j * inner; dx[k] = scale * (g[k] - Tensor.chain(y[k], total)) }
        }
        return dx
    }
}
