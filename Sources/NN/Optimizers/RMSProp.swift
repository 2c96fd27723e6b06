/// RMSProp: like AdaGrad, but s is an exponentially weighted average of squared gradients, so the
/// effective learning rate can settle instead of falling forever.
///
/// Each step, for every parameter p with gradient g (after g ← g + wd·p when `weightDecay` > 0):
/// s ← α·s + (1−α)·g², d = √s + ε, p ← p − lr·g / d, with s starting at 0 and ε added outside the
/// square root (the notes write β for α and σ for ε). Two options, as in PyTorch:
/// - `centered`: also track the mean gradient ḡ ← α·ḡ + (1−α)·g and divide by the standard deviation,
///   d = √(s − ḡ²) + ε;
/// - `momentum` μ > 0: b ← μ·b + g/d, p ← p − lr·b (b starts at 0).
///
/// PyTorch: `torch.optim.RMSprop(params, lr=0.01, alpha=0.99, eps=1e-8, weight_decay, momentum, centered)`.
public final class RMSProp: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Double
    /// The smoothing constant α of the squared-gradient average.
    public let alpha: Double
    /// The constant ε added to √s so the denominator is never zero.
    public let epsilon: Double
    /// The L2 coefficient wd added to the gradient as wd·p.
    public let weightDecay: Double
    /// The momentum μ of the scaled step (0: none).
    public let momentum: Double
    /// Whether the squared average is centred by the mean gradient.
    public let centered: Bool
    /// The running average of squared gradients, one buffer per parameter (empty until first used).
    public private(set) var squaredGradientAverages: [[Double]]
    /// The running average of gradients ḡ, one buffer per parameter (used only when `centered`).
    public private(set) var gradientAverages: [[Double]]
    /// The momentum buffers b, one per parameter (used only with momentum).
    public private(set) var momentumBuffers: [[Double]]

    /// Creates the optimizer; PyTorch's default learning rate is 0.01.
    public init(_ parameters: [Tensor], learningRate: Double = 0.01, alpha: Double = 0.99, epsilon: Double = 1e-8,
                weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false,
                file: StaticString = #fileID, line: UInt = #line) {
        OptimizerSupport.require(learningRate, in: 0..., "learning rate", of: "RMSProp", file: file, line: line)
        OptimizerSupport.require(alpha, in: 0..<1, "alpha", of: "RMSProp", file: file, line: line)
        OptimizerSupport.require(epsilon, in: 0..., "epsilon", of: "RMSProp", file: file, line: line)
        OptimizerSupport.require(weightDecay, in: 0..., "weight decay", of: "RMSProp", file: file, line: line)
        OptimizerSupport.require(momentum, in: 0..., "momentum", of: "RMSProp", file: file, line: line)
        self.parameters = OptimizerSupport.unique(parameters)
        self.learningRate = learningRate
        self.alpha = alpha
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
        self.squaredGradientAverages = Array(repeating: [], count: self.parameters.count)
        self.gradientAverages = Array(repeating: [], count: self.parameters.count)
        self.momentumBuffers = Array(repeating: [], count: self.parameters.count)
    }

    public func step() {
        let lr = learningRate, alpha = alpha, eps = epsilon, wd = weightDecay, mu = momentum, centered = centered
        OptimizerSupport.forEachGradient(of: parameters, "RMSProp.step") { index, parameter, grad in
            OptimizerSupport.ensure(&squaredGradientAverages[index], like: parameter)
            if centered { OptimizerSupport.ensure(&gradientAverages[index], like: parameter) }
            if mu > 0 { OptimizerSupport.ensure(&momentumBuffers[index], like: parameter) }
            parameter.scalars.withUnsafeMutableBufferPointer { p in
                squaredGradientAverages[index].withUnsafeMutableBufferPointer { s in
                    gradientAverages[index].withUnsafeMutableBufferPointer { mean in
                        momentumBuffers[index].withUnsafeMutableBufferPointer { b in
                            for k in 0..<p.count {
                                let g = grad[k] + wd * p[k]
                                s[k] = alpha * s[k] + (1 - alpha) * g * g
                                var d: Double
                                if centered {
                                    mean[k] = alpha * mean[k] + (1 - alpha) * g
                                    d = (s[k] - mean[k] * mean[k]).squareRoot() + eps
                                } else {
                                    d = s[k].squareRoot() + eps
                                }
                                if mu > 0 {
                                    b[k] = mu * b[k] + g / d
                                    p[k] -= lr * b[k]
                                } else {
                                    p[k] -= lr * g / d
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
