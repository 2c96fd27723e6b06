// Activation functions as parameter-free layers, so they sit in a `Sequential` between other layers.
//
// Each one calls the tensor method of the same name, e.g. `ReLU()(x)` is `x.relu()`.

/// The logistic sigmoid as a layer.
public final class Sigmoid: Layer, CustomStringConvertible {
    public var isTraining = true
    public init() {}
    public func forward(_ input: Tensor) -> Tensor { input.sigmoid() }
    public var description: String { "Sigmoid()" }
}

/// tanh as a layer.
public final class Tanh: Layer, CustomStringConvertible {
    public var isTraining = true
    public init() {}
    public func forward(_ input: Tensor) -> Tensor { input.tanh() }
    public var description: String { "Tanh()" }
}

/// max(x, 0) as a layer.
public final class ReLU: Layer, CustomStringConvertible {
    public var isTraining = true
    public init() {}
    public func forward(_ input: Tensor) -> Tensor { input.relu() }
    public var description: String { "ReLU()" }
}

/// Leaky ReLU (x, or slope·x for x ≤ 0) as a layer.
public final class LeakyReLU: Layer, CustomStringConvertible {
    public var isTraining = true
    /// The slope for negative inputs.
    public let slope: Double
    public init(slope: Double = 0.01) { self.slope = slope }
    public func forward(_ input: Tensor) -> Tensor { input.leakyReLU(slope: slope) }
    public var description: String { "LeakyReLU(slope: \(slope))" }
}

/// ELU (x, or α·(eˣ − 1) for x ≤ 0) as a layer.
public final class ELU: Layer, CustomStringConvertible {
    public var isTraining = true
    /// The value negative inputs saturate to is −alpha.
    public let alpha: Double
    public init(alpha: Double = 1) { self.alpha = alpha }
    public func forward(_ input: Tensor) -> Tensor { input.elu(alpha: alpha) }
    public var description: String { "ELU(alpha: \(alpha))" }
}

/// GELU as a layer, exact or with the tanh approximation.
public final class GELU: Layer, CustomStringConvertible {
    public var isTraining = true
    /// Which GELU formula to use.
    public let approximate: GELUApproximation
    public init(approximate: GELUApproximation = .none) { self.approximate = approximate }
    public func forward(_ input: Tensor) -> Tensor { input.gelu(approximate: approximate) }
    public var description: String { approximate == .none ? "GELU()" : "GELU(approximate: .tanh)" }
}

/// softplus, log(1 + eˣ), as a layer.
public final class Softplus: Layer, CustomStringConvertible {
    public var isTraining = true
    public init() {}
    public func forward(_ input: Tensor) -> Tensor { input.softplus() }
    public var description: String { "Softplus()" }
}

/// A layer that returns its input unchanged.
public final class Identity: Layer, CustomStringConvertible {
    public var isTraining = true
    public init() {}
    public func forward(_ input: Tensor) -> Tensor { input }
    public var description: String { "Identity()" }
}

/// Softmax along an axis (the last by default) as a layer.
public final class Softmax: Layer, CustomStringConvertible {
    public var isTraining = true
    public let axis: Int
    public let temperature: Double
    public init(axis: Int = -1, temperature: Double = 1) {
        self.axis = axis
        self.temperature = temperature
    }
    public func forward(_ input: Tensor) -> Tensor { input.softmax(axis: axis, temperature: temperature) }
    public var description: String { "Softmax(axis: \(axis), temperature: \(temperature))" }
}

/// Log-softmax along an axis (the last by default) as a layer; pair it with `Loss.nll`.
public final class LogSoftmax: Layer, CustomStringConvertible {
    public var isTraining = true
    public let axis: Int
    public let temperature: Double
    public init(axis: Int = -1, temperature: Double = 1) {
        self.axis = axis
        self.temperature = temperature
    }
    public func forward(_ input: Tensor) -> Tensor { input.logSoftmax(axis: axis, temperature: temperature) }
    public var description: String { "LogSoftmax(axis: \(axis), temperature: \(temperature))" }
}
