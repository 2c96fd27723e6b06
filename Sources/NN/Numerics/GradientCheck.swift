/// The outcome of comparing autograd's gradient with central finite differences.
public struct GradientCheckResult: CustomStringConvertible {
    /// The gradient autograd computed.
    public let analytic: [Double]
    /// The gradient estimated by central differences.
    public let numeric: [Double]
    /// max |a − n| / max(|a|, |n|, 1e-8) over all entries — the usual relative error of a gradient check.
    public let relativeError: Double
    /// Whether the relative error is within the tolerance the check was run with.
    public let passed: Bool

    public var description: String {
        "gradient check \(passed ? "passed" : "FAILED"): relative error \(relativeError)"
    }
}

/// Compares the gradient of a scalar function at `inputs` from autograd with central differences
/// (f(x+h) − f(x−h)) / 2h, one entry at a time.
///
/// - Parameters:
///   - inputs: the tensors to differentiate; their values are restored afterwards.
///   - step: the finite-difference step h.
///   - tolerance: the largest relative error that passes.
///   - absoluteTolerance: entries whose two estimates differ by no more than this pass whatever their
///     relative error, since finite differences cannot resolve tiny gradients any better.
///   - function: computes a scalar from the inputs.
///
/// The inputs' `requiresGrad` and `grad` are restored afterwards, so a check can sit between a
/// `backward()` and an optimizer step.
public func gradientCheck(_ inputs: [Tensor], step: Double = 1e-6, tolerance: Double = 1e-6,
                          absoluteTolerance: Double = 1e-9, _ function: () -> Tensor) -> GradientCheckResult {
    let saved = inputs.map(\.requiresGrad)
    let savedGrads = inputs.map(\.grad)
    for x in inputs { x.requiresGrad = true; x.grad = nil }
    function().backward()
    let analytic = inputs.flatMap { $0.grad?.scalars ?? [Double](repeating: 0, count: $0.count) }
    var numeric: [Double] = []
    withoutGrad {
        for x in inputs {
            for i in 0..<x.count {
                let original = x.scalars[i]
                x.scalars[i] = original + step
                let up = function().item()
                x.scalars[i] = original - step
                let down = function().item()
                x.scalars[i] = original
                numeric.append((up - down) / (2 * step))
            }
        }
    }
    for (k, x) in inputs.enumerated() { x.requiresGrad = saved[k]; x.grad = savedGrads[k] }
    var worst = 0.0
    for (a, n) in zip(analytic, numeric) {
        let error = Swift.abs(a - n) / Swift.max(Swift.abs(a), Swift.abs(n), 1e-8)
        if Swift.abs(a - n) > absoluteTolerance { worst = Swift.max(worst, error) }
    }
    return GradientCheckResult(analytic: analytic, numeric: numeric, relativeError: worst, passed: worst <= tolerance)
}
