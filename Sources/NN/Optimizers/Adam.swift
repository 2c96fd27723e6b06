import Foundation

/// Adam: momentum on the gradient plus RMSProp's per-coordinate scaling, both bias-corrected.
///
/// Each step t = 1, 2, … of a parameter p with gradient g (after g ← g + wd·p when `weightDecay` > 0,
/// PyTorch's L2 form, not AdamW's decoupled decay — for that use `AdamW`):
/// m ← β₁·m + (1−β₁)·g, v ← β₂·v + (1−β₂)·g², m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ),
/// p ← p − lr·m̂ / (√v̂ + ε).
/// ε is added after the square root of the bias-corrected v̂ (PyTorch's `Adam` and the paper's
/// Algorithm 1). Because m̂ = g and v̂ = g² at t = 1, the first step moves each coordinate by about lr.
///
/// With `amsgrad` (Reddi et al., 2018) the denominator uses the largest v seen so far,
/// v_max ← max(v_max, v), so the effective step size never grows back.
///
/// PyTorch: `torch.optim.Adam(params, lr, betas=(β₁, β₂), eps, weight_decay, amsgrad)`.
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
    /// Whether the denominator uses the running maximum of v (AMSGrad).
    public let amsgrad: Bool
    /// The moments and step counts, one entry per parameter.
    var state: AdamState

    /// The first moments m, one buffer per parameter (empty until first used).
    public var firstMoments: [[Double]] { state.firstMoments }
    /// The second moments v, one buffer per parameter (empty until first used).
    public var secondMoments: [[Double]] { state.secondMoments }
    /// The largest second moments so far, one buffer per parameter (used only with `amsgrad`).
    public var maxSecondMoments: [[Double]] { state.maxSecondMoments }
    /// How many steps each parameter has taken (t in the bias corrections).
    public var stepCounts: [Int] { state.stepCounts }

    /// Creates the optimizer with PyTorch's defaults.
    public init(_ parameters: [Tensor], learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8, weightDecay: Double = 0, amsgrad: Bool = false,
                file: StaticString = #fileID, line: UInt = #line) {
        AdamState.check("Adam", learningRate, beta1, beta2, epsilon, weightDecay, file: file, line: line)
        self.parameters = OptimizerSupport.unique(parameters)
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.amsgrad = amsgrad
        self.state = AdamState(count: self.parameters.count)
    }

    public func step() {
        state.step(parameters, "Adam.step", learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon,
                   l2: weightDecay, decoupled: 0, amsgrad: amsgrad)
    }
}

/// The state and the update rule Adam and AdamW share.
struct AdamState {
    var firstMoments: [[Double]]
    var secondMoments: [[Double]]
    var maxSecondMoments: [[Double]]
    var stepCounts: [Int]

    init(count: Int) {
        firstMoments = Array(repeating: [], count: count)
        secondMoments = Array(repeating: [], count: count)
        maxSecondMoments = Array(repeating: [], count: count)
        stepCounts = Array(repeating: 0, count: count)
    }

    /// Fails for hyperparameters outside PyTorch's ranges, naming the optimizer.
    static func check(_ name: String, _ learningRate: Double, _ beta1: Double, _ beta2: Double, _ epsilon: Double,
                      _ weightDecay: Double, file: StaticString, line: UInt) {
        OptimizerSupport.require(learningRate, in: 0..., "learning rate", of: name, file: file, line: line)
        OptimizerSupport.require(beta1, in: 0..<1, "beta1", of: name, file: file, line: line)
        OptimizerSupport.require(beta2, in: 0..<1, "beta2", of: name, file: file, line: line)
        OptimizerSupport.require(epsilon, in: 0..., "epsilon", of: name, file: file, line: line)
        OptimizerSupport.require(weightDecay, in: 0..., "weight decay", of: name, file: file, line: line)
    }

    /// One step for every parameter with a gradient: p ← p·(1 − lr·decoupled) first (AdamW), then
    /// Adam's update with g + l2·p as the gradient.
    mutating func step(_ parameters: [Tensor], _ operation: String, learningRate lr: Double, beta1 b1: Double,
                       beta2 b2: Double, epsilon eps: Double, l2 wd: Double, decoupled: Double, amsgrad: Bool) {
        OptimizerSupport.forEachGradient(of: parameters, operation) { index, parameter, grad in
            OptimizerSupport.ensure(&firstMoments[index], like: parameter)
            OptimizerSupport.ensure(&secondMoments[index], like: parameter)
            if amsgrad { OptimizerSupport.ensure(&maxSecondMoments[index], like: parameter) }
            stepCounts[index] += 1
            let t = Double(stepCounts[index])
            let correction1 = 1 - pow(b1, t), correction2 = 1 - pow(b2, t)
            let shrink = 1 - lr * decoupled
            parameter.scalars.withUnsafeMutableBufferPointer { p in
                firstMoments[index].withUnsafeMutableBufferPointer { m in
                    secondMoments[index].withUnsafeMutableBufferPointer { v in
                        maxSecondMoments[index].withUnsafeMutableBufferPointer { vMax in
                            for k in 0..<p.count {
                                if decoupled != 0 { p[k] *= shrink }
                                let g = grad[k] + wd * p[k]
                                m[k] = b1 * m[k] + (1 - b1) * g
                                v[k] = b2 * v[k] + (1 - b2) * g * g
                                var second = v[k]
                                if amsgrad {
                                    vMax[k] = Swift.max(vMax[k], v[k])
                                    second = vMax[k]
                                }
                                p[k] -= lr * (m[k] / correction1) / ((second / correction2).squareRoot() + eps)
                            }
                        }
                    }
                }
            }
        }
    }
}
