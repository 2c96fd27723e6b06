/// Layer normalisation: each example is standardised over its trailing axes `shape`, then scaled and
/// shifted elementwise by learnable gamma and beta of that shape (Ba et al., 2016).
///
/// Unlike batch norm it uses no batch statistics, so training and evaluation compute the same thing.
/// The variance is the biased one, as in PyTorch's `nn.LayerNorm`.
///
///     let norm = LayerNorm([64])          // or LayerNorm(64)
///     norm(Tensor.gaussian([8, 10, 64])).shape   // [8, 10, 64]
public final class LayerNorm: Layer, CustomStringConvertible {
    /// The trailing shape normalised over.
    public let normalizedShape: [Int]
    public let epsilon: Double
    /// The learnable scale, of `normalizedShape`, or nil without `affine`.
    public let gamma: Tensor?
    /// The learnable shift, of `normalizedShape`, or nil without `affine`.
    public let beta: Tensor?
    public var isTraining = true

    /// Creates a layer normalising over trailing axes of `shape`.
    public init(_ shape: [Int], epsilon: Double = 1e-5, affine: Bool = true,
                file: StaticString = #fileID, line: UInt = #line) {
        if shape.isEmpty || shape.contains(where: { $0 < 1 }) || !(epsilon >= 0) {
            EngineFailure.fail("LayerNorm", "needs a non-empty shape of positive sizes and epsilon ≥ 0, got "
                               + "\(describe(shape)) and epsilon \(epsilon)", file: file, line: line)
        }
        normalizedShape = shape
        self.epsilon = epsilon
        gamma = affine ? Tensor.ones(shape, requiresGrad: true) : nil
        beta = affine ? Tensor.zeros(shape, requiresGrad: true) : nil
    }

    /// Creates a layer normalising over a last axis of `features` values.
    public convenience init(_ features: Int, epsilon: Double = 1e-5, affine: Bool = true,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init([features], epsilon: epsilon, affine: affine, file: file, line: line)
    }

    /// Creates a layer from given scale and shift, both of the normalised shape; values are copied.
    ///
    /// PyTorch: `nn.LayerNorm(shape)` with `weight` and `bias` set.
    public convenience init(gamma: Tensor, beta: Tensor, epsilon: Double = 1e-5,
                            file: StaticString = #fileID, line: UInt = #line) {
        if gamma.shape != beta.shape {
            EngineFailure.fail("LayerNorm", "gamma \(describe(gamma.shape)) and beta \(describe(beta.shape)) must have one shape",
                               file: file, line: line)
        }
        self.init(gamma.shape, epsilon: epsilon, file: file, line: line)
        self.gamma!.scalars = gamma.scalars
        self.beta!.scalars = beta.scalars
    }

    public var parameters: [Tensor] { [gamma, beta].compactMap { $0 } }

    public func forward(_ input: Tensor) -> Tensor {
        let k = normalizedShape.count
        if input.rank < k || Array(input.shape.suffix(k)) != normalizedShape {
            EngineFailure.fail("LayerNorm", "\(self) needs input whose trailing axes are \(describe(normalizedShape)), "
                               + "got shape \(describe(input.shape))")
        }
        let normalized = input.standardizedWithStatistics(axes: Array(input.rank - k..<input.rank), epsilon: epsilon,
                                                          operation: "LayerNorm", file: nil, line: nil).output
        guard let gamma, let beta else { return normalized }
        return normalized * gamma + beta
    }

    public var description: String {
        "LayerNorm(\(describe(normalizedShape))" + (epsilon == 1e-5 ? "" : ", epsilon: \(epsilon)")
            + (gamma == nil ? ", affine: false" : "") + ")"
    }
}
