import Foundation

/// Adam: momentum on the gradient plus RMSProp's per-coordinate scaling, both bias-corrected.
///
/// Each step t = 1, 2, … of a parameter p with gradient g (after g ← g + wd·p when `weightDecay` > 0,
/// PyTorch's L2 form, not AdamW's decoupled decay):
/// m ← β₁·m + (1−β₁)·g, v ← β₂·v + (1−β₂)·g², m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ),
/// p ← p − lr·m̂ / (√v̂ + ε).
/// ε is added after the square root of the bias-corrected v̂ (PyTorch's `Adam` and the paper's
/// Algorithm 1). Because m̂ = g and v̂ = g² at t = 1, the first step moves each coordinate by about lr.
public final class Adam: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Double
    /// The decay β₁ of the gradient average m.
    public let beta1: Double
    /// The decay β₂ of the squared-gradient average v.
    public let beta2: Double
    /// The constant ε added to √v̂.
    public let epsilon: Double
    /// The L2 coefficient wd added to the gradient as wd·p.
    public let weightDecay: Double
    /// The first moments m, one buffer per parameter (empty until first used).
    public private(set) var firstMoments: [[Double]]
    /// The second moments v, one buffer per parameter (empty until first used).
    public private(set) var secondMoments: [[Double]]
    /// How many steps each parameter has taken (t in the bias corrections).
    public private(set) var stepCounts: [Int]

    /// Creates the optimizer with PyTorch's defaults.
    public init(_ parameters: [Tensor], learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8, weightDecay: Double = 0, file: StaticString = #fileID, line: UInt = #line) {
        OptimizerSupport.require(learningRate, in: 0..., "learning rate", of: "Adam", file: file, line: line)
        OptimizerSupport.require(beta1, in: 0..<1, "beta1", of: "Adam", file: file, line: line)
        OptimizerSupport.require(beta2, in: 0..<1, "beta2", of: "Adam", file: file, line: line)
        OptimizerSupport.require(epsilon, in: 0..., "epsilon", of: "Adam", file: file, line: line)
        OptimizerSupport.require(weightDecay, in: 0..., "weight decay", of: "Adam", file: file, line: line)
        self.parameters = OptimizerSupport.unique(parameters)
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.firstMoments = Array(repeating: [], count: self.parameters.count)
        self.secondMoments = Array(repeating: [], count: self.parameters.count)
        self.stepCounts = Array(repeating: 0, count: self.parameters.count)
    }

    public func step() {
        let lr = learningRate, b1 = beta1, b2 = beta2, eps = epsilon, wd = weightDecay
        OptimizerSupport.forEachGradient(of: parameters, "Adam.step") { index, parameter, grad in
            OptimizerSupport.ensure(&firstMoments[index], like: parameter)
            OptimizerSupport.ensure(&secondMoments[index], like: parameter)
            stepCounts[index] += 1
            let t = Double(stepCounts[index])
            let correction1 = 1 - pow(b1, t), correction2 = 1 - pow(b2, t)
            parameter.scalars.withUnsafeMutableBufferPointer { p in
                firstMoments[index].withUnsafeMutableBufferPointer { m in
                    secondMoments[index].withUnsafeMutableBufferPointer { v in
                        for k in 0..<p.count {
                            let g = grad[k] + wd * p[k]
                            m[k] = b1 * m[k] + (1 - b1) * g
                            v[k] = b2 * v[k] + (1 - b2) * g * g
                            p[k] -= lr * (m[k] / correction1) / ((v[k] / correction2).squareRoot() + eps)
                        }
                    }
                }
            }
        }
    }
}
