import Foundation

/// How a layer fills a new parameter tensor, from its shape, fan-in and fan-out.
///
/// Xavier/Glorot keeps the variance of activations and gradients about equal across layers with
/// symmetric activations (tanh, sigmoid); He/MSRA doubles it for ReLU, which zeroes half the inputs.
public struct Initializer {
    /// Draws the values of a tensor of `shape` given fan-in and fan-out.
    public let make: (_ shape: [Int], _ fanIn: Int, _ fanOut: Int, _ generator: inout RandomGenerator) -> Tensor

    public init(_ make: @escaping (_ shape: [Int], _ fanIn: Int, _ fanOut: Int, _ generator: inout RandomGenerator) -> Tensor) {
        self.make = make
    }

    // The named initializers are computed, not stored: a stored static closure is shared state that
    // Swift 6 requires to be `Sendable`, and `@Sendable` initializers would forbid one that captures a tensor.

    /// All zeros.
    public static var zeros: Initializer { constant(0) }

    /// Every value equal to `value`.
    public static func constant(_ value: Double) -> Initializer {
        Initializer { shape, _, _, _ in .full(shape, value) }
    }

    /// N(0, std²), e.g. the classic `gaussian(std: 0.01)`.
    public static func gaussian(std: Double) -> Initializer {
        Initializer { shape, _, _, g in .gaussian(shape, std: std, using: &g) }
    }

    /// U(range).
    public static func uniform(_ range: ClosedRange<Double>) -> Initializer {
        Initializer { shape, _, _, g in .uniform(shape, range, using: &g) }
    }

    /// Xavier/Glorot uniform: U(−a, a) with a = √(6 / (fanIn + fanOut)).
    public static var xavierUniform: Initializer {
        Initializer { shape, fanIn, fanOut, g in
            let a = (6 / Double(fanIn + fanOut)).squareRoot()
            return .uniform(shape, -a...a, using: &g)
        }
    }

    /// Xavier/Glorot normal: N(0, 2 / (fanIn + fanOut)).
    public static var xavierNormal: Initializer {
        Initializer { shape, fanIn, fanOut, g in
            .gaussian(shape, std: (2 / Double(fanIn + fanOut)).squareRoot(), using: &g)
        }
    }

    /// He/MSRA normal: N(0, 2 / fanIn), for ReLU networks.
    public static var heNormal: Initializer {
        Initializer { shape, fanIn, _, g in
            .gaussian(shape, std: (2 / Double(fanIn)).squareRoot(), using: &g)
        }
    }

    /// He/MSRA uniform: U(−a, a) with a = √(6 / fanIn).
    public static var heUniform: Initializer {
        Initializer { shape, fanIn, _, g in
            let a = (6 / Double(fanIn)).squareRoot()
            return .uniform(shape, -a...a, using: &g)
        }
    }

    /// Draws a parameter that requires grad, from `generator` or the default generator.
    public func parameter(_ shape: [Int], fanIn: Int, fanOut: Int, using generator: inout RandomGenerator) -> Tensor {
        let t = make(shape, fanIn, fanOut, &generator)
        t.requiresGrad = true
        return t
    }

    /// Draws a parameter that requires grad from the default generator.
    public func parameter(_ shape: [Int], fanIn: Int, fanOut: Int) -> Tensor {
        Random.withGenerator { parameter(shape, fanIn: fanIn, fanOut: fanOut, using: &$0) }
    }
}
