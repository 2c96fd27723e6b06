import Foundation

/// Elementwise activation functions; each records its derivative for autograd next to its formula.
extension Tensor {
    /// The logistic sigmoid 1 / (1 + e^−x); derivative σ(x)·(1 − σ(x)).
    public func sigmoid() -> Tensor {
        unary("sigmoid", ActivationMath.sigmoid, derivative: { _, y in y * (1 - y) })
    }

    /// The hyperbolic tangent; derivative 1 − tanh²(x).
    public func tanh() -> Tensor {
        unary("tanh", Foundation.tanh, derivative: { _, y in 1 - y * y })
    }

    /// max(x, 0); derivative 1 for x > 0, else 0 (0 at the kink, as in PyTorch).
    public func relu() -> Tensor {
        unary("relu", ActivationMath.relu, derivative: { x, _ in x > 0 ? 1 : 0 })
    }

    /// x for x > 0, else `slope`·x; derivative 1 or `slope`.
    public func leakyReLU(slope: Double = 0.01) -> Tensor {
        unary("leakyReLU", { ActivationMath.leakyReLU($0, slope: slope) }, derivative: { x, _ in x > 0 ? 1 : slope })
    }

    /// x for x > 0, else α·(eˣ − 1); derivative 1 or α·eˣ (which equals y + α there).
    public func elu(alpha: Double = 1) -> Tensor {
        unary("elu", { ActivationMath.elu($0, alpha: alpha) }, derivative: { x, y in x > 0 ? 1 : y + alpha })
    }

    /// GELU, x·Φ(x) with Φ the standard normal CDF; `approximate: .tanh` uses the tanh formula.
    public func gelu(approximate: GELUApproximation = .none) -> Tensor {
        unary(approximate == .none ? "gelu" : "geluTanh", { ActivationMath.gelu($0, approximate: approximate) },
              derivative: { x, _ in ActivationMath.geluDerivative(x, approximate: approximate) })
    }

    /// log(1 + eˣ), computed as log1p(e^−|x|) + max(x, 0) so it never overflows; derivative σ(x).
    public func softplus() -> Tensor {
        unary("softplus", ActivationMath.softplus, derivative: { x, _ in ActivationMath.sigmoid(x) })
    }

    /// The tensor itself (derivative 1): the "no activation" choice, e.g. for a regression output.
    public func identity() -> Tensor { self }
}
