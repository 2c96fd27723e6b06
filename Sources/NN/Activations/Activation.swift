import Foundation

/// An activation function as a value: evaluate it, its derivative, or apply it to a tensor.
///
/// Made for plotting an activation next to its derivative in one line:
///
///     for a in Activation.all { plot(xs, a(xs), a.derivative(xs), label: a.name) }
///
/// Derivatives at a kink (ReLU and leaky ReLU at 0) take the left value, as PyTorch does.
public enum Activation: Hashable, Sendable, CustomStringConvertible {
    case sigmoid
    case tanh
    case relu
    case leakyReLU(slope: Double = 0.01)
    case elu(alpha: Double = 1)
    /// The exact GELU, x·Φ(x).
    case gelu
    case softplus
    case identity

    /// Every activation, with default parameters, in the order a course usually introduces them.
    public static let all: [Activation] = [.sigmoid, .tanh, .relu, .leakyReLU(), .elu(), .gelu, .softplus, .identity]

    /// The activation's value at `x`.
    public func callAsFunction(_ x: Double) -> Double {
        switch self {
        case .sigmoid: return ActivationMath.sigmoid(x)
        case .tanh: return Foundation.tanh(x)
        case .relu: return ActivationMath.relu(x)
        case .leakyReLU(let slope): return ActivationMath.leakyReLU(x, slope: slope)
        case .elu(let alpha): return ActivationMath.elu(x, alpha: alpha)
        case .gelu: return ActivationMath.gelu(x, approximate: .none)
        case .softplus: return ActivationMath.softplus(x)
        case .identity: return x
        }
    }

    /// The derivative at `x`, from its closed form.
    public func derivative(_ x: Double) -> Double {
        switch self {
        case .sigmoid: return ActivationMath.sigmoidDerivative(x)
        case .tanh: return ActivationMath.tanhDerivative(x)
        case .relu: return ActivationMath.reluDerivative(x)
        case .leakyReLU(let slope): return ActivationMath.leakyReLUDerivative(x, slope: slope)
        case .elu(let alpha): return ActivationMath.eluDerivative(x, alpha: alpha)
        case .gelu: return ActivationMath.geluDerivative(x, approximate: .none)
        case .softplus: return ActivationMath.softplusDerivative(x)
        case .identity: return 1
        }
    }

    /// The values at every point of `xs`.
    public func callAsFunction(_ xs: [Double]) -> [Double] { xs.map { self($0) } }

    /// The derivatives at every point of `xs`.
    public func derivative(_ xs: [Double]) -> [Double] { xs.map { derivative($0) } }

    /// Applies the activation to a tensor, differentiably (the same as the tensor method, e.g. `t.relu()`).
    public func apply(_ t: Tensor) -> Tensor {
        switch self {
        case .sigmoid: return t.sigmoid()
        case .tanh: return t.tanh()
        case .relu: return t.relu()
        case .leakyReLU(let slope): return t.leakyReLU(slope: slope)
        case .elu(let alpha): return t.elu(alpha: alpha)
        case .gelu: return t.gelu()
        case .softplus: return t.softplus()
        case .identity: return t.identity()
        }
    }

    /// A short label for legends, e.g. `ReLU` or `LeakyReLU(0.01)`.
    public var name: String {
        switch self {
        case .sigmoid: return "sigmoid"
        case .tanh: return "tanh"
        case .relu: return "ReLU"
        case .leakyReLU(let slope): return "LeakyReLU(\(Activation.format(slope)))"
        case .elu(let alpha): return "ELU(\(Activation.format(alpha)))"
        case .gelu: return "GELU"
        case .softplus: return "softplus"
        case .identity: return "identity"
        }
    }

    public var description: String { name }

    /// Writes 1.0 as "1" and 0.01 as "0.01".
    private static func format(_ value: Double) -> String {
        value == value.rounded() && Swift.abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
