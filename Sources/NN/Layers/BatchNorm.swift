/// Batch normalisation over `[N, C]` or `[N, C, L]` inputs: each feature is standardised with the
/// statistics of the batch, then scaled by gamma and shifted by beta (Ioffe & Szegedy, 2015).
///
/// PyTorch's convention: training normalises with the batch mean and the biased variance (divided by
/// n) and updates the running estimates as running ← (1 − momentum)·running + momentum·batch, using the
/// unbiased variance (divided by n − 1) for the running variance; evaluation normalises with the
/// running estimates. The running mean starts at 0 and the running variance at 1.
///
///     let bn = BatchNorm1d(64)
///     bn(Tensor.gaussian([32, 64])).shape   // [32, 64]
public final class BatchNorm1d: BatchNorm {
    /// Creates a layer for `features` channels.
    public init(_ features: Int, momentum: Double = 0.1, epsilon: Double = 1e-5, affine: Bool = true,
                file: StaticString = #fileID, line: UInt = #line) {
        super.init(channels: features, momentum: momentum, epsilon: epsilon, affine: affine, file: file, line: line)
    }

    /// Creates a layer from given values: the scale `gamma` and shift `beta` [C] and, optionally, the
    /// running mean and variance [C] (0 and 1 when nil). Values are copied.
    ///
    /// PyTorch: `nn.BatchNorm1d` with `weight`, `bias`, `running_mean`, `running_var` set.
    public convenience init(gamma: Tensor, beta: Tensor, runningMean: Tensor? = nil, runningVariance: Tensor? = nil,
                            momentum: Double = 0.1, epsilon: Double = 1e-5,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(gamma.count, momentum: momentum, epsilon: epsilon, file: file, line: line)
        copyGiven(gamma: gamma, beta: beta, runningMean: runningMean, runningVariance: runningVariance, file: file, line: line)
    }

    public override func forward(_ input: Tensor) -> Tensor {
        if input.rank != 2 && input.rank != 3 || input.shape[1] != channels {
            EngineFailure.fail(name, "\(self) expects [N, \(channels)] or [N, \(channels), L], "
                               + "got input of shape \(describe(input.shape))")
        }
        return normalize(input, axes: input.rank == 2 ? [0] : [0, 2], training: isTraining)
    }
}

/// Batch normalisation over `[N, C, H, W]` inputs: each channel is standardised with the statistics of
/// the batch and all positions, then scaled by gamma and shifted by beta.
///
/// Same conventions as `BatchNorm1d` (PyTorch's): biased batch variance for normalising, unbiased for
/// the running estimate, running statistics in evaluation.
public final class BatchNorm2d: BatchNorm {
    /// Creates a layer for `channels` channels.
    public init(_ channels: Int, momentum: Double = 0.1, epsilon: Double = 1e-5, affine: Bool = true,
                file: StaticString = #fileID, line: UInt = #line) {
        super.init(channels: channels, momentum: momentum, epsilon: epsilon, affine: affine, file: file, line: line)
    }

    /// Creates a layer from given values: the scale `gamma` and shift `beta` [C] and, optionally, the
    /// running mean and variance [C] (0 and 1 when nil). Values are copied.
    ///
    /// PyTorch: `nn.BatchNorm2d` with `weight`, `bias`, `running_mean`, `running_var` set.
    public convenience init(gamma: Tensor, beta: Tensor, runningMean: Tensor? = nil, runningVariance: Tensor? = nil,
                            momentum: Double = 0.1, epsilon: Double = 1e-5,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(gamma.count, momentum: momentum, epsilon: epsilon, file: file, line: line)
        copyGiven(gamma: gamma, beta: beta, runningMean: runningMean, runningVariance: runningVariance, file: file, line: line)
    }

    public override func forward(_ input: Tensor) -> Tensor {
        if input.rank != 4 || input.shape[1] != channels {
            EngineFailure.fail(name, "\(self) expects [N, \(channels), H, W], "
                               + "got input of shape \(describe(input.shape))")
        }
        return normalize(input, axes: [0, 2, 3], training: isTraining)
    }
}

/// What the batch-norm layers share: the parameters, the running statistics and the normalisation.
/// Use `BatchNorm1d` or `BatchNorm2d`, which check the input's shape and choose the axes.
public class BatchNorm: Layer, CustomStringConvertible {
    public let channels: Int
    public let momentum: Double
    public let epsilon: Double
    /// The learnable scale, `[channels]`, or nil without `affine`.
    public let gamma: Tensor?
    /// The learnable shift, `[channels]`, or nil without `affine`.
    public let beta: Tensor?
    /// The running mean used in evaluation, `[channels]`.
    public let runningMean: Tensor
    /// The running (unbiased) variance used in evaluation, `[channels]`.
    public let runningVariance: Tensor
    public var isTraining = true

    init(channels: Int, momentum: Double, epsilon: Double, affine: Bool, file: StaticString, line: UInt) {
        if channels < 1 || !(0...1).contains(momentum) || !(epsilon >= 0) {
            EngineFailure.fail(String(describing: Self.self), "needs channels ≥ 1, momentum in [0, 1] and epsilon ≥ 0; "
                               + "got \(channels), momentum \(momentum), epsilon \(epsilon)", file: file, line: line)
        }
        self.channels = channels
        self.momentum = momentum
        self.epsilon = epsilon
        gamma = affine ? Tensor.ones([channels], requiresGrad: true) : nil
        beta = affine ? Tensor.zeros([channels], requiresGrad: true) : nil
        runningMean = Tensor.zeros([channels])
        runningVariance = Tensor.ones([channels])
    }

    /// The layer's type name, as errors and summaries show it.
    var name: String { String(describing: type(of: self)) }

    /// Copies given values into the parameters and running statistics, after checking each is [channels].
    func copyGiven(gamma: Tensor, beta: Tensor, runningMean: Tensor?, runningVariance: Tensor?,
                   file: StaticString, line: UInt) {
        let given = [("gamma", gamma, self.gamma!), ("beta", beta, self.beta!)]
            + (runningMean.map { [("runningMean", $0, self.runningMean)] } ?? [])
            + (runningVariance.map { [("runningVariance", $0, self.runningVariance)] } ?? [])
        for (label, value, target) in given {
            if value.shape != [channels] {
                EngineFailure.fail(name, "\(label) must be [\(channels)] like gamma, got \(describe(value.shape))",
                                   file: file, line: line)
            }
            target.scalars = value.scalars
        }
    }

    public var parameters: [Tensor] { [gamma, beta].compactMap { $0 } }

    /// The running mean and variance, saved with the parameters.
    public var buffers: [Tensor] { [runningMean, runningVariance] }

    /// Each layer overrides this: it checks the input's shape and normalises over its axes.
    public func forward(_ input: Tensor) -> Tensor {
        preconditionFailure("\(name) does not override forward(_:)")
    }

    /// Normalises over `axes` (all but the channel axis 1) and applies the affine map.
    func normalize(_ input: Tensor, axes: [Int], training: Bool) -> Tensor {
        var view = [Int](repeating: 1, count: input.rank)
        view[1] = channels
        let normalized: Tensor
        if training {
            let (out, mean, variance, n) = input.standardizedWithStatistics(axes: axes, epsilon: epsilon, operation: name,
                                                                           file: nil, line: nil)
            if n < 2 {
                EngineFailure.fail(name, "training needs more than one value per channel to estimate a variance, got input "
                                   + "of shape \(describe(input.shape)); use a larger batch or call eval()")
            }
            // Running statistics are bookkeeping, not part of the graph.
            let correction = Double(n) / Double(n - 1)
            for c in 0..<channels {
                runningMean.scalars[c] = (1 - momentum) * runningMean.scalars[c] + momentum * mean[c]
                runningVariance.scalars[c] = (1 - momentum) * runningVariance.scalars[c] + momentum * variance[c] * correction
            }
            normalized = out
        } else {
            let mean = runningMean.reshaped(view, file: nil, line: nil)
            let std = (runningVariance.reshaped(view, file: nil, line: nil) + epsilon).sqrt()
            normalized = (input - mean) / std
        }
        guard let gamma, let beta else { return normalized }
        return normalized * gamma.reshaped(view, file: nil, line: nil) + beta.reshaped(view, file: nil, line: nil)
    }

    public var description: String {
        "\(name)(\(channels)" + (momentum == 0.1 ? "" : ", momentum: \(momentum)")
            + (epsilon == 1e-5 ? "" : ", epsilon: \(epsilon)") + (gamma == nil ? ", affine: false" : "") + ")"
    }
}
