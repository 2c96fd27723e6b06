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
public final class BatchNorm1d: Layer, CustomStringConvertible {
    let state: BatchNormState
    public var isTraining = true

    /// Creates a layer for `features` channels.
    public init(_ features: Int, momentum: Double = 0.1, epsilon: Double = 1e-5, affine: Bool = true,
                file: StaticString = #fileID, line: UInt = #line) {
        state = BatchNormState(kind: "BatchNorm1d", channels: features, momentum: momentum, epsilon: epsilon,
                               affine: affine, file: file, line: line)
    }

    public var parameters: [Tensor] { state.parameters }
    /// The learnable scale, `[features]`, or nil without `affine`.
    public var gamma: Tensor? { state.gamma }
    /// The learnable shift, `[features]`, or nil without `affine`.
    public var beta: Tensor? { state.beta }
    /// The running mean used in evaluation, `[features]`.
    public var runningMean: Tensor { state.runningMean }
    /// The running (unbiased) variance used in evaluation, `[features]`.
    public var runningVariance: Tensor { state.runningVariance }

    public func forward(_ input: Tensor) -> Tensor {
        if input.rank != 2 && input.rank != 3 || input.shape[1] != state.channels {
            EngineFailure.fail("BatchNorm1d", "\(self) expects [N, \(state.channels)] or [N, \(state.channels), L], "
                               + "got input of shape \(describe(input.shape))")
        }
        return state.forward(input, axes: input.rank == 2 ? [0] : [0, 2], training: isTraining)
    }

    public var description: String { state.description }
}

/// Batch normalisation over `[N, C, H, W]` inputs: each channel is standardised with the statistics of
/// the batch and all positions, then scaled by gamma and shifted by beta.
///
/// Same conventions as `BatchNorm1d` (PyTorch's): biased batch variance for normalising, unbiased for
/// the running estimate, running statistics in evaluation.
public final class BatchNorm2d: Layer, CustomStringConvertible {
    let state: BatchNormState
    public var isTraining = true

    /// Creates a layer for `channels` channels.
    public init(_ channels: Int, momentum: Double = 0.1, epsilon: Double = 1e-5, affine: Bool = true,
                file: StaticString = #fileID, line: UInt = #line) {
        state = BatchNormState(kind: "BatchNorm2d", channels: channels, momentum: momentum, epsilon: epsilon,
                               affine: affine, file: file, line: line)
    }

    public var parameters: [Tensor] { state.parameters }
    /// The learnable scale, `[channels]`, or nil without `affine`.
    public var gamma: Tensor? { state.gamma }
    /// The learnable shift, `[channels]`, or nil without `affine`.
    public var beta: Tensor? { state.beta }
    /// The running mean used in evaluation, `[channels]`.
    public var runningMean: Tensor { state.runningMean }
    /// The running (unbiased) variance used in evaluation, `[channels]`.
    public var runningVariance: Tensor { state.runningVariance }

    public func forward(_ input: Tensor) -> Tensor {
        if input.rank != 4 || input.shape[1] != state.channels {
            EngineFailure.fail("BatchNorm2d", "\(self) expects [N, \(state.channels), H, W], "
                               + "got input of shape \(describe(input.shape))")
        }
        return state.forward(input, axes: [0, 2, 3], training: isTraining)
    }

    public var description: String { state.description }
}

/// The parameters, running statistics and forward pass shared by the batch-norm layers.
final class BatchNormState {
    let kind: String
    let channels: Int
    let momentum: Double
    let epsilon: Double
    let gamma: Tensor?
    let beta: Tensor?
    let runningMean: Tensor
    let runningVariance: Tensor

    init(kind: String, channels: Int, momentum: Double, epsilon: Double, affine: Bool, file: StaticString, line: UInt) {
        if channels < 1 || !(0...1).contains(momentum) || !(epsilon >= 0) {
            EngineFailure.fail(kind, "needs channels ≥ 1, momentum in [0, 1] and epsilon ≥ 0; got \(channels), "
                               + "momentum \(momentum), epsilon \(epsilon)", file: file, line: line)
        }
        self.kind = kind
        self.channels = channels
        self.momentum = momentum
        self.epsilon = epsilon
        gamma = affine ? Tensor.ones([channels], requiresGrad: true) : nil
        beta = affine ? Tensor.zeros([channels], requiresGrad: true) : nil
        runningMean = Tensor.zeros([channels])
        runningVariance = Tensor.ones([channels])
    }

    var parameters: [Tensor] { [gamma, beta].compactMap { $0 } }

    /// Normalises over `axes` (all but the channel axis 1) and applies the affine map.
    func forward(_ input: Tensor, axes: [Int], training: Bool) -> Tensor {
        var view = [Int](repeating: 1, count: input.rank)
        view[1] = channels
        let normalized: Tensor
        if training {
            let (out, mean, variance, n) = input.standardizedWithStatistics(axes: axes, epsilon: epsilon, operation: kind,
                                                                           file: nil, line: nil)
            if n < 2 {
                EngineFailure.fail(kind, "training needs more than one value per channel to estimate a variance, got input "
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

    var description: String {
        "\(kind)(\(channels)" + (momentum == 0.1 ? "" : ", momentum: \(momentum)")
            + (epsilon == 1e-5 ? "" : ", epsilon: \(epsilon)") + (gamma == nil ? ", affine: false" : "") + ")"
    }
}
