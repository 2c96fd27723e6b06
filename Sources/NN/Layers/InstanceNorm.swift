/// Instance normalisation: each channel of each example is standardised over its positions, then
/// (with `affine`) scaled and shifted per channel (Ulyanov et al., 2016).
///
/// Input [N, C, L] for `InstanceNorm1d`, [N, C, H, W] for `InstanceNorm2d`. It uses no batch statistics,
/// so training and evaluation compute the same thing; the variance is the biased one. As in PyTorch,
/// `affine` is off by default; running statistics (`track_running_stats`) are not kept.
///
///     let norm = InstanceNorm2d(3)
///     norm(Tensor.gaussian([8, 3, 32, 32])).shape   // [8, 3, 32, 32]
///
/// PyTorch: `nn.InstanceNorm1d` / `nn.InstanceNorm2d(C, eps=1e-5, affine=False)`.
public class InstanceNorm: Layer, CustomStringConvertible {
    /// The number of channels C.
    public let channels: Int
    /// The constant added to the variance before the square root.
    public let epsilon: Double
    /// The learnable per-channel scale, `[channels]`, or nil without `affine`.
    public let gamma: Tensor?
    /// The learnable per-channel shift, `[channels]`, or nil without `affine`.
    public let beta: Tensor?
    public var isTraining = true
    /// The rank of the inputs: 3 or 4.
    let inputRank: Int

    init(channels: Int, epsilon: Double, affine: Bool, inputRank: Int, file: StaticString, line: UInt) {
        if channels < 1 || !(epsilon >= 0) {
            EngineFailure.fail(String(describing: Self.self), "needs channels ≥ 1 and epsilon ≥ 0; got \(channels), "
                               + "epsilon \(epsilon)", file: file, line: line)
        }
        self.channels = channels
        self.epsilon = epsilon
        self.inputRank = inputRank
        gamma = affine ? Tensor.ones([channels], requiresGrad: true) : nil
        beta = affine ? Tensor.zeros([channels], requiresGrad: true) : nil
    }

    /// The layer's type name, as errors and summaries show it.
    var name: String { String(describing: type(of: self)) }

    public var parameters: [Tensor] { [gamma, beta].compactMap { $0 } }

    public func forward(_ input: Tensor) -> Tensor {
        if input.rank != inputRank || input.shape[1] != channels {
            let expected = inputRank == 3 ? "[N, \(channels), L]" : "[N, \(channels), H, W]"
            EngineFailure.fail(name, "\(self) expects \(expected), got input of shape \(describe(input.shape))")
        }
        let normalized = input.standardizedWithStatistics(axes: Array(2..<inputRank), epsilon: epsilon, operation: name,
                                                          file: nil, line: nil).output
        guard let gamma, let beta else { return normalized }
        var view = [Int](repeating: 1, count: inputRank)
        view[1] = channels
        return normalized * gamma.reshaped(view, file: nil, line: nil) + beta.reshaped(view, file: nil, line: nil)
    }

    public var description: String {
        "\(name)(\(channels)" + (epsilon == 1e-5 ? "" : ", epsilon: \(epsilon)") + (gamma == nil ? "" : ", affine: true") + ")"
    }
}

/// Instance normalisation of [N, C, L] sequences; see `InstanceNorm`.
///
/// PyTorch: `nn.InstanceNorm1d`.
public final class InstanceNorm1d: InstanceNorm {
    /// Creates a layer for `channels` channels; `affine` adds a learnable per-channel scale and shift.
    public init(_ channels: Int, epsilon: Double = 1e-5, affine: Bool = false,
                file: StaticString = #fileID, line: UInt = #line) {
        super.init(channels: channels, epsilon: epsilon, affine: affine, inputRank: 3, file: file, line: line)
    }
}

/// Instance normalisation of [N, C, H, W] images; see `InstanceNorm`.
///
/// PyTorch: `nn.InstanceNorm2d`.
public final class InstanceNorm2d: InstanceNorm {
    /// Creates a layer for `channels` channels; `affine` adds a learnable per-channel scale and shift.
    public init(_ channels: Int, epsilon: Double = 1e-5, affine: Bool = false,
                file: StaticString = #fileID, line: UInt = #line) {
        super.init(channels: channels, epsilon: epsilon, affine: affine, inputRank: 4, file: file, line: line)
    }
}
