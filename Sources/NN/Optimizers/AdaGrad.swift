/// AdaGrad: each coordinate's step shrinks with the sum of its squared gradients so far.
///
/// Each step, for every parameter p with gradient g (after g ← g + wd·p when `weightDecay` > 0):
/// s ← s + g², p ← p − lr·g / (√s + ε), with ε added outside the square root (PyTorch's `Adagrad`,
/// the notes' σ). s only grows, so the effective learning rate lr/(√s + ε) only falls.
public final class AdaGrad: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Double
    /// The constant ε added to √s so the denominator is never zero.
    public let epsilon: Double
    /// The L2 coefficient wd added to the gradient as wd·p.
    public let weightDecay: Double
    /// The running sum of squared gradients, one buffer per parameter (empty until first used).
    public private(set) var squaredGradientSums: [[Double]]

    /// Creates the optimizer; PyTorch's default learning rate is 0.01.
    public init(_ parameters: [Tensor], learningRate: Double = 0.01, epsilon: Double = 1e-10,
                weightDecay: Double = 0, file: StaticString = #fileID, line: UInt = #line) {
        OptimizerSupport.require(learningRate, in: 0..., "learning rate", of: "AdaGrad", file: file, line: line)
        OptimizerSupport.require(epsilon, in: 0..., "epsilon", of: "AdaGrad", file: file, line: line)
        OptimizerSupport.require(weightDecay, in: 0..., "weight decay", of: "AdaGrad", file: file, line: line)
        self.parameters = OptimizerSupport.unique(parameters)
        self.learningRate = learningRate
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.squaredGradientSums = Array(repeating: [], count: self.parameters.count)
    }

    public func step() {
        let lr = learningRate, eps = epsilon, wd = weightDecay
        OptimizerSupport.forEachGradient(of: parameters, "AdaGrad.step") { index, parameter, grad in
            OptimizerSupport.ensure(&squaredGradientSums[index], like: parameter)
            parameter.scalars.withUnsafeMutableBufferPointer { p in
                squaredGradientSums[index].withUnsafeMutableBufferPointer { s in
                    for k in 0..<p.count {
                        let g = grad[k] + wd * p[k]
                        s[k] += g * g
                        p[k] -= lr * g / (s[k].squareRoot() + eps)
                    }
                }
            }
        }
    }
}
