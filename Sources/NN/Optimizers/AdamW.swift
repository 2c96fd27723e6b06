/// Adam with decoupled weight decay (Loshchilov & Hutter, 2019): the weights shrink by lr·wd·p
/// directly, outside the adaptive scaling, instead of wd·p being added to the gradient.
///
/// Each step t of a parameter p with gradient g: p ← p − lr·wd·p, then Adam's update with g
/// (m, v, bias corrections and ε exactly as in `Adam`, including `amsgrad`). With L2 in plain Adam a
/// coordinate with large gradients is barely decayed, because its step is divided by √v̂; AdamW decays
/// every weight at the same rate.
///
/// PyTorch: `torch.optim.AdamW(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01, amsgrad=False)`.
public final class AdamW: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Double
    /// The decay β₁ of the gradient average m.
    public let beta1: Double
    /// The decay β₂ of the squared-gradient average v.
    public let beta2: Double
    /// The constant ε added to √v̂.
    public let epsilon: Double
    /// The decoupled decay wd: each step multiplies the weights by 1 − lr·wd.
    public let weightDecay: Double
    /// Whether the denominator uses the running maximum of v (AMSGrad).
    public let amsgrad: Bool
    var state: AdamState

    /// The first moments m, one buffer per parameter (empty until first used).
    public var firstMoments: [[Double]] { state.firstMoments }
    /// The second moments v, one buffer per parameter (empty until first used).
    public var secondMoments: [[Double]] { state.secondMoments }
    /// How many steps each parameter has taken (t in the bias corrections).
    public var stepCounts: [Int] { state.stepCounts }

    /// Creates the optimizer with PyTorch's defaults (note the weight decay of 0.01).
    public init(_ parameters: [Tensor], learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8, weightDecay: Double = 0.01, amsgrad: Bool = false,
                file: StaticString = #fileID, line: UInt = #line) {
        AdamState.check("AdamW", learningRate, beta1, beta2, epsilon, weightDecay, file: file, line: line)
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
        state.step(parameters, "AdamW.step", learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon,
                   l2: 0, decoupled: weightDecay, amsgrad: amsgrad)
    }
}
