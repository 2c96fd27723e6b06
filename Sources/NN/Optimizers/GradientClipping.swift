/// Scales all gradients together so that their global L2 norm is at most `maxNorm`; returns the norm
/// before clipping.
///
/// PyTorch's `clip_grad_norm_`: the norm is taken over every value of every gradient, as if they were one
/// vector g, and when it exceeds `maxNorm` each gradient is multiplied by maxNorm/(‖g‖ + 1e-6) — the notes'
/// g ← min(1, θ/‖g‖)·g with a guard against dividing by zero. The direction of g is kept. Parameters
/// without a gradient are ignored; call it between `backward()` and `step()`.
@discardableResult
public func clipGradNorm(_ parameters: [Tensor], maxNorm: Double,
                         file: StaticString = #fileID, line: UInt = #line) -> Double {
    if !(maxNorm >= 0) {
        EngineFailure.fail("clipGradNorm", "maxNorm \(maxNorm) must not be negative", file: file, line: line)
    }
    let grads = OptimizerSupport.unique(parameters).compactMap(\.grad)
    var sumOfSquares = 0.0
    for grad in grads {
        grad.scalars.withUnsafeBufferPointer { g in
            for value in g { sumOfSquares += value * value }
        }
    }
    let norm = sumOfSquares.squareRoot()
    let scale = maxNorm / (norm + 1e-6)
    if scale < 1 {
        for grad in grads {
            grad.scalars.withUnsafeMutableBufferPointer { g in
                for k in 0..<g.count { g[k] *= scale }
            }
        }
    }
    return norm
}

/// Clamps every gradient value into −limit…limit (PyTorch's `clip_grad_value_`).
///
/// Unlike `clipGradNorm`, this can change the gradient's direction. Parameters without a gradient are ignored.
public func clipGradValue(_ parameters: [Tensor], limit: Double,
                          file: StaticString = #fileID, line: UInt = #line) {
    if !(limit >= 0) {
        EngineFailure.fail("clipGradValue", "limit \(limit) must not be negative", file: file, line: line)
    }
    for grad in OptimizerSupport.unique(parameters).compactMap(\.grad) {
        grad.scalars.withUnsafeMutableBufferPointer { g in
            for k in 0..<g.count { g[k] = Swift.min(Swift.max(g[k], -limit), limit) }
        }
    }
}
