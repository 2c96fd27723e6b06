import Foundation

/// Which formula `gelu` uses: the exact one with erf, or the tanh approximation (PyTorch's names).
public enum GELUApproximation: Sendable {
    /// x·Φ(x) with Φ the standard normal CDF, 0.5·(1 + erf(x/√2)).
    case none
    /// 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), as in the original GPT-2 code.
    case tanh
}

/// The scalar formulas behind the free functions, the `Activation` enum and the tensor methods,
/// kept in one place so every form computes the same numbers.
enum ActivationMath {
    /// √(2/π), the scale inside the tanh approximation of GELU.
    static let geluScale = (2 / Double.pi).squareRoot()
    /// The cubic coefficient of the tanh approximation of GELU.
    static let geluCubic = 0.044715

    /// 1 / (1 + e^−x), evaluated without overflow for large |x|.
    static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
        let e = Foundation.exp(x)
        return e / (1 + e)
    }

    static func sigmoidDerivative(_ x: Double) -> Double {
        let s = sigmoid(x)
        return s * (1 - s)
    }

    static func tanhDerivative(_ x: Double) -> Double {
        let t = Foundation.tanh(x)
        return 1 - t * t
    }

    static func relu(_ x: Double) -> Double { x > 0 ? x : 0 }
    /// 1 for x > 0, else 0 (0 at the kink, as in PyTorch).
    static func reluDerivative(_ x: Double) -> Double { x > 0 ? 1 : 0 }

    static func leakyReLU(_ x: Double, slope: Double) -> Double { x > 0 ? x : slope * x }
    static func leakyReLUDerivative(_ x: Double, slope: Double) -> Double { x > 0 ? 1 : slope }

    /// x for x > 0, else α·(eˣ − 1).
    static func elu(_ x: Double, alpha: Double) -> Double { x > 0 ? x : alpha * Foundation.expm1(x) }
    static func eluDerivative(_ x: Double, alpha: Double) -> Double { x > 0 ? 1 : alpha * Foundation.exp(x) }

    /// log(1 + eˣ) written as log1p(e^−|x|) + max(x, 0), which neither overflows nor loses small values.
    static func softplus(_ x: Double) -> Double { Foundation.log1p(Foundation.exp(-Swift.abs(x))) + Swift.max(x, 0) }
    /// The derivative of softplus is the sigmoid.
    static func softplusDerivative(_ x: Double) -> Double { sigmoid(x) }

    static func gelu(_ x: Double, approximate: GELUApproximation) -> Double {
        switch approximate {
        case .none:
            return 0.5 * x * (1 + Foundation.erf(x / 2.squareRoot()))
        case .tanh:
            return 0.5 * x * (1 + Foundation.tanh(geluScale * (x + geluCubic * x * x * x)))
        }
    }

    /// Φ(x) + x·φ(x) for the exact form; the chain rule through tanh for the approximation.
    static func geluDerivative(_ x: Double, approximate: GELUApproximation) -> Double {
        switch approximate {
        case .none:
            let cdf = 0.5 * (1 + Foundation.erf(x / 2.squareRoot()))
            let pdf = Foundation.exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
            return cdf + x * pdf
        case .tanh:
            let t = Foundation.tanh(geluScale * (x + geluCubic * x * x * x))
            return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * geluScale * (1 + 3 * geluCubic * x * x)
        }
    }
}

/// The logistic sigmoid σ(x) = 1 / (1 + e^−x), for plotting and hand calculations.
public func sigmoid(_ x: Double) -> Double { ActivationMath.sigmoid(x) }

/// The rectifier max(x, 0).
public func relu(_ x: Double) -> Double { ActivationMath.relu(x) }

/// x for x > 0, else `slope`·x.
public func leakyReLU(_ x: Double, slope: Double = 0.01) -> Double { ActivationMath.leakyReLU(x, slope: slope) }

/// x for x > 0, else α·(eˣ − 1).
public func elu(_ x: Double, alpha: Double = 1) -> Double { ActivationMath.elu(x, alpha: alpha) }

/// GELU, x·Φ(x) (exact, with erf) or its tanh approximation.
public func gelu(_ x: Double, approximate: GELUApproximation = .none) -> Double {
    ActivationMath.gelu(x, approximate: approximate)
}

/// softplus(x) = log(1 + eˣ), computed stably.
public func softplus(_ x: Double) -> Double { ActivationMath.softplus(x) }
