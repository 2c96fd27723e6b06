/// RMSProp: like AdaGrad, but s is an exponentially weighted average of squared gradients, so the
/// effective learning rate can settle instead of falling forever.
///
/// Each step, for every parameter p with gradient g (after g ← g + wd·p when `weightDecay` > 0):
/// s ← α·s + (1−α)·g², p ← p − lr·g / (√s + ε), with s starting at 0 and ε added outside the square
/// root (PyTorch's `RMSprop` without momentum or centering; the notes write β for α and σ for ε).
public final class RMSProp: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Double
    /// The smoothing constant α of the squared-gradient average.
    public let alpha: Double
    /// The constant ε added to √s so the denominator is never zero.
    public let epsilon: Double
    /// The L2 coefficient wd added to the gradient as wd·p.
    public let weightDecay: Double
    /// The running average of squared gradients, one buffer per parameter (empty until first used).
    public private(set) var squaredGradientAverages: [[Double]]

    /// Creates the optimizer; PyTorch's default learning rate is 0.01.
    public init(_ parameters: [Tensor], learningRate: Double = 0.01, alpha: Double = 0.99, epsilon: Double = 1e-8,
                weightDecay: Double = 0, file: StaticString = #fileID, line: UInt = #line) {
        OptimizerSupport.require(learningRate, in: 0..., "learning rate", of: "RMSProp", file: file, line: line)
        OptimizerSupport.require(alpha, in: 0..<1, "alpha", of: "RMSProp", file: file, line: line)
        OptimizerSupport.require(epsilon, in: 0..., "epsilon", of: "RMSProp", file: file, line: line)
        OptimizerSupport.require(weightDecay, in: 0..., "weight decay", of: "RMSProp", file: file, line: line)
        self.parameters = OptimizerSupport.unique(parameters)
        self.learningRate = learningRate
        self.alpha = alpha
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.squaredGradientAverages = Array(repeating: [], count: self.parameters.count)
    }

    public func step() {
        let lr = learningRate, alpha = alpha, eps = epsilon, wd = weightDecay
        OptimizerSupport.forEachGradient(of: parameters, "RMSProp.step") { index, parameter, grad in
            OptimizerSupport.ensure(&squaredGradientAverages[index], like: parameter)
            parameter.scalars.withUnsafeMutableBufferPointer { p in
                squaredGradientAverages[index].withUnsafeMutableBufferPointer { s in
                    for k in 0..<p.count {
                        let g = grad[k] + wd * p[k]
                        s[k] = alpha * s[k] + (1 - alpha) * g * g
                        p[k] -= lr * g / (s[k].squareRoot() + eps)
                    }
                }
            }
        }
    }
}
