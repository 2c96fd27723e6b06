/// Group normalisation on `[N, C, ...]`: the channels are split into `groups` groups, and each example's
/// group is standardised over its channels and positions, then scaled and shifted per channel (Wu & He, 2018).
///
/// With one group it is layer norm over (C, H, W); with one channel per group it is instance norm.
/// The variance is the biased one, and gamma/beta are per channel, as in PyTorch's `nn.GroupNorm`.
///
///     let norm = GroupNorm(groups: 4, channels: 32)
public final class GroupNorm: Layer, CustomStringConvertible {
    public let groups: Int
    public let channels: Int
    public let epsilon: Double
    /// The learnable per-channel scale, `[channels]`, or nil without `affine`.
    public let gamma: Tensor?
    /// The learnable per-channel shift, `[channels]`, or nil without `affine`.
    public let beta: Tensor?
    public var isTraining = true

    /// Creates a layer for `channels` channels split into `groups` groups; `groups` must divide `channels`.
    public init(groups: Int, channels: Int, epsilon: Double = 1e-5, affine: Bool = true,
                file: StaticString = #fileID, line: UInt = #line) {
        if groups < 1 || channels < 1 || channels % groups != 0 || !(epsilon >= 0) {
            EngineFailure.fail("GroupNorm", "\(channels) channels cannot be split into \(groups) equal groups "
                               + "(epsilon \(epsilon))", file: file, line: line)
        }
        self.groups = groups
        self.channels = channels
        self.epsilon = epsilon
        gamma = affine ? Tensor.ones([channels], requiresGrad: true) : nil
        beta = affine ? Tensor.zeros([channels], requiresGrad: true) : nil
    }

    /// Creates a layer from given per-channel scale and shift [C]; values are copied.
    ///
    /// PyTorch: `nn.GroupNorm(groups, C)` with `weight` and `bias` set.
    public convenience init(groups: Int, gamma: Tensor, beta: Tensor, epsilon: Double = 1e-5,
                            file: StaticString = #fileID, line: UInt = #line) {
        if gamma.rank != 1 || gamma.shape != beta.shape {
            EngineFailure.fail("GroupNorm", "gamma \(describe(gamma.shape)) and beta \(describe(beta.shape)) must be [C] vectors",
                               file: file, line: line)
        }
        self.init(groups: groups, channels: gamma.count, epsilon: epsilon, file: file, line: line)
        self.gamma!.scalars = gamma.scalars
        self.beta!.scalars = beta.scalars
    }

    public var parameters: [Tensor] { [gamma, beta].compactMap { $0 } }

    public func forward(_ input: Tensor) -> Tensor {
        if input.rank < 2 || input.shape[1] != channels {
            EngineFailure.fail("GroupNorm", "\(self) expects [N, \(channels), ...], got input of shape \(describe(input.shape))")
        }
        let grouped = input.reshaped([input.shape[0], groups, -1], file: nil, line: nil)
        let normalized = grouped.standardizedWithStatistics(axes: [2], epsilon: epsilon, operation: "GroupNorm",
                                                            file: nil, line: nil).output
            .reshaped(input.shape, file: nil, line: nil)
        guard let gamma, let beta else { return normalized }
        var view = [Int](repeating: 1, count: input.rank)
        view[1] = channels
        return normalized * gamma.reshaped(view, file: nil, line: nil) + beta.reshaped(view, file: nil, line: nil)
    }

    public var description: String {
        "GroupNorm(groups: \(groups), channels: \(channels)" + (epsilon == 1e-5 ? "" : ", epsilon: \(epsilon)")
            + (gamma == nil ? ", affine: false" : "") + ")"
    }
}
