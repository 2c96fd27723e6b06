/// A fully connected layer: y = x·W + b.
///
/// The weight is stored as `[inputs, outputs]`, so the forward pass is the plain product `x.matmul(W)`
/// the notes write, with no transpose. (PyTorch's `nn.Linear` stores the transpose, `[outputs, inputs]`,
/// and computes x·Wᵀ + b; to load its weights, take `.T`.)
///
/// The default weight initialiser is Xavier/Glorot uniform, U(−a, a) with a = √(6/(in + out)): it keeps
/// the variance of activations and gradients about the same from layer to layer for tanh and sigmoid
/// networks, and it is the scheme the notes derive. (PyTorch's default is a Kaiming uniform variant,
/// U(±1/√in).) For ReLU networks pass `weightInit: .heUniform` or `.heNormal`.
///
///     var g = RandomGenerator(seed: 0)
///     let layer = Linear(784, 128, using: &g)
///     layer(Tensor.zeros([32, 784])).shape   // [32, 128]
public final class Linear: Layer, CustomStringConvertible {
    /// The weight matrix, `[inputFeatures, outputFeatures]`.
    public let weight: Tensor
    /// The bias, `[outputFeatures]`, or nil when created with `bias: false`.
    public let bias: Tensor?
    /// The size of the input's last axis.
    public let inputFeatures: Int
    /// The size of the output's last axis.
    public let outputFeatures: Int
    public var isTraining = true
    private let site: String

    /// Creates a layer from given values: `weight` is `[inputs, outputs]`, `bias` is `[outputs]`.
    ///
    /// Both become parameters (`requiresGrad` is set), e.g. `Linear(weight: [[1, 2], [3, 4]], bias: [0, 1])`.
    public init(weight: Tensor, bias: Tensor? = nil, file: StaticString = #fileID, line: UInt = #line) {
        if weight.rank != 2 || weight.count == 0 {
            EngineFailure.fail("Linear", "the weight must be a non-empty [inputs, outputs] matrix, got shape \(describe(weight.shape))",
                               file: file, line: line)
        }
        if let bias, bias.shape != [weight.shape[1]] {
            EngineFailure.fail("Linear", "a weight of shape \(describe(weight.shape)) needs a bias of shape [\(weight.shape[1])], "
                               + "got \(describe(bias.shape))", file: file, line: line)
        }
        inputFeatures = weight.shape[0]
        outputFeatures = weight.shape[1]
        weight.requiresGrad = true
        bias?.requiresGrad = true
        self.weight = weight
        self.bias = bias
        site = "\(file):\(line)"
    }

    /// Creates a layer from PyTorch's layout: `weight` is [outputs, inputs] (`linear.weight` of an
    /// `nn.Linear`), stored transposed as this layer's [inputs, outputs]; `bias` is [outputs].
    ///
    /// PyTorch: `nn.Linear` with `weight.data = w`, `bias.data = b`.
    public static func fromPyTorch(weight: Tensor, bias: Tensor? = nil, file: StaticString = #fileID, line: UInt = #line) -> Linear {
        if weight.rank != 2 {
            EngineFailure.fail("Linear", "PyTorch's weight is an [outputs, inputs] matrix, got shape \(describe(weight.shape))",
                               file: file, line: line)
        }
        return Linear(weight: withoutGrad { weight.T }.detach(), bias: bias?.detach(), file: file, line: line)
    }

    /// Creates a layer mapping `inputs` features to `outputs`, drawing the weights from `generator`.
    public convenience init(_ inputs: Int, _ outputs: Int, bias: Bool = true,
                            weightInit: Initializer = .xavierUniform, biasInit: Initializer = .zeros,
                            using generator: inout RandomGenerator, file: StaticString = #fileID, line: UInt = #line) {
        let (w, b) = Linear.draw(inputs, outputs, bias, weightInit, biasInit, &generator, file, line)
        self.init(weight: w, bias: b, file: file, line: line)
    }

    /// Creates a layer mapping `inputs` features to `outputs`, drawing the weights from the default generator.
    public convenience init(_ inputs: Int, _ outputs: Int, bias: Bool = true,
                            weightInit: Initializer = .xavierUniform, biasInit: Initializer = .zeros,
                            file: StaticString = #fileID, line: UInt = #line) {
        let (w, b) = Random.withGenerator { Linear.draw(inputs, outputs, bias, weightInit, biasInit, &$0, file, line) }
        self.init(weight: w, bias: b, file: file, line: line)
    }

    private static func draw(_ inputs: Int, _ outputs: Int, _ bias: Bool, _ weightInit: Initializer, _ biasInit: Initializer,
                             _ generator: inout RandomGenerator, _ file: StaticString, _ line: UInt) -> (Tensor, Tensor?) {
        if inputs < 1 || outputs < 1 {
            EngineFailure.fail("Linear", "sizes must be positive, got Linear(\(inputs), \(outputs))", file: file, line: line)
        }
        let w = weightInit.make([inputs, outputs], inputs, outputs, &generator)
        let b = bias ? biasInit.make([outputs], inputs, outputs, &generator) : nil
        return (w, b)
    }

    public var parameters: [Tensor] { [weight] + (bias.map { [$0] } ?? []) }

    /// Maps `[N, inputs]` (or `[inputs]`, or `[..., inputs]`) to the same shape with `outputs` last.
    public func forward(_ input: Tensor) -> Tensor {
        if input.rank == 0 || input.shape.last != inputFeatures {
            EngineFailure.fail("Linear", "\(self) (created at \(site)) got input of shape \(describe(input.shape)); "
                               + "its last axis must have \(inputFeatures) features")
        }
        let product = input.matmul(weight, file: nil, line: nil)
        return bias.map { product + $0 } ?? product
    }

    public var description: String { "Linear(\(inputFeatures) → \(outputFeatures)\(bias == nil ? ", no bias" : ""))" }
}
