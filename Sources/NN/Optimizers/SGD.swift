/// Stochastic gradient descent, with optional momentum, Nesterov look-ahead and L2 weight decay.
///
/// Each step, for every parameter p with gradient g (weight decay first: g ← g + wd·p, PyTorch's L2 form):
/// - without momentum: p ← p − lr·g;
/// - `.pytorch` momentum μ: v ← μ·v + g, p ← p − lr·v (PyTorch's `torch.optim.SGD`, dampening 0);
/// - `.exponentialAverage` momentum β: v ← β·v + (1−β)·g, p ← p − lr·v — the course notes'
///   D = β·S + (1−β)·W, an exponentially weighted average of the gradients.
///
/// The velocity v starts at zero, so the first `.pytorch` step is lr·g and the first
/// `.exponentialAverage` step is (1−β)·lr·g. (The notes' worked example starts S₁ = W₁ instead; the
/// difference fades as β^t.) The two styles reach the same trajectory when lr_pytorch = (1−β)·lr_average.
/// With `nesterov`, the step uses the velocity rule applied once more with the same gradient:
/// g + μ·v for `.pytorch` (PyTorch's formula) and (1−β)·g + β·v for `.exponentialAverage`.
///
/// `dampening` d (`.pytorch` style only) scales the new gradient: v ← μ·v + (1−d)·g, except at the
/// first step, where v = g undamped — PyTorch's rule. Nesterov needs d = 0, as in PyTorch.
///
/// PyTorch: `torch.optim.SGD(params, lr, momentum, dampening, weight_decay, nesterov)`.
public final class SGD: Optimizer {
    /// How the velocity accumulates gradients.
    public enum MomentumStyle: Sendable {
        /// v ← μ·v + g (PyTorch): under a steady gradient the step grows to lr·g/(1−μ).
        case pytorch
        /// v ← β·v + (1−β)·g (course notes, Andrew Ng's form): v is an average of recent gradients.
        case exponentialAverage
    }

    public let parameters: [Tensor]
    public var learningRate: Double
    /// The momentum coefficient μ (or β); 0 turns momentum off.
    public let momentum: Double
    /// The L2 coefficient wd added to the gradient as wd·p.
    public let weightDecay: Double
    /// Whether to take the Nesterov look-ahead step.
    public let nesterov: Bool
    /// Which momentum formula is used.
    public let momentumStyle: MomentumStyle
    /// The dampening d of the `.pytorch` velocity, v ← μ·v + (1−d)·g after the first step.
    public let dampening: Double
    /// One velocity buffer per parameter, empty until the parameter first gets a gradient.
    public private(set) var velocities: [[Double]]

    /// Creates the optimizer for `parameters` (e.g. `model.allParameters`).
    public init(_ parameters: [Tensor], learningRate: Double, momentum: Double = 0, weightDecay: Double = 0,
                nesterov: Bool = false, dampening: Double = 0, momentumStyle: MomentumStyle = .pytorch,
                file: StaticString = #fileID, line: UInt = #line) {
        OptimizerSupport.require(learningRate, in: 0..., "learning rate", of: "SGD", file: file, line: line)
        switch momentumStyle {
        case .pytorch: OptimizerSupport.require(momentum, in: 0..., "momentum", of: "SGD", file: file, line: line)
        case .exponentialAverage:
            OptimizerSupport.require(momentum, in: 0..<1, "momentum β", of: "SGD", file: file, line: line)
        }
        OptimizerSupport.require(weightDecay, in: 0..., "weight decay", of: "SGD", file: file, line: line)
        if nesterov && momentum == 0 {
            EngineFailure.fail("SGD", "nesterov needs a momentum above 0", file: file, line: line)
        }
        OptimizerSupport.require(dampening, in: 0...1, "dampening", of: "SGD", file: file, line: line)
        if dampening != 0 && (nesterov || momentumStyle != .pytorch) {
            EngineFailure.fail("SGD", "dampening \(dampening) works only with .pytorch momentum and without nesterov "
                               + "(the .exponentialAverage style already damps by 1 − β)", file: file, line: line)
        }
        self.parameters = OptimizerSupport.unique(parameters)
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
        self.nesterov = nesterov
        self.momentumStyle = momentumStyle
        self.dampening = dampening
        self.velocities = Array(repeating: [], count: self.parameters.count)
    }

    public func step() {
        let lr = learningRate, wd = weightDecay, mu = momentum, nesterov = nesterov
        // The new velocity is a·v + b·g in both styles.
        let (a, b) = momentumStyle == .pytorch ? (mu, 1 - dampening) : (mu, 1 - mu)
        let damped = dampening != 0
        OptimizerSupport.forEachGradient(of: parameters, "SGD.step") { index, parameter, grad in
            if mu == 0 {
                parameter.scalars.withUnsafeMutableBufferPointer { p in
                    for k in 0..<p.count { p[k] -= lr * (grad[k] + wd * p[k]) }
                }
                return
            }
            // PyTorch starts a damped velocity at the first gradient itself.
            let startsAtGradient = damped && velocities[index].isEmpty
            OptimizerSupport.ensure(&velocities[index], like: parameter)
            parameter.scalars.withUnsafeMutableBufferPointer { p in
                velocities[index].withUnsafeMutableBufferPointer { v in
                    for k in 0..<p.count {
                        let g = grad[k] + wd * p[k]
                        v[k] = startsAtGradient ? g : a * v[k] + b * g
                        p[k] -= lr * (nesterov ? a * v[k] + b * g : v[k])
                    }
                }
            }
        }
    }
}
