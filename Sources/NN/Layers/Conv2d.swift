/// A 2-D convolution layer: `inChannels` image planes in, `outChannels` feature maps out.
///
/// The weight is [outChannels, inChannels, kernelSize, kernelSize] and the bias [outChannels], laid
/// out as in PyTorch's `nn.Conv2d`; the input is [N, C, H, W] (or one image [C, H, W]) and each
/// output side is ⌊(n + 2·padding − kernelSize) / stride⌋ + 1. Like every deep-learning library it
/// computes a cross-correlation (the kernel is not flipped); see `Tensor.conv2d`.
///
/// The weight is drawn He-normal by default, N(0, 2 / fanIn) with fanIn = inChannels·k·k, since a
/// convolution is usually followed by a ReLU; PyTorch instead draws U(±1/√fanIn). The bias starts at 0.
///
/// ```swift
/// var g = RandomGenerator(seed: 0)
/// let conv = Conv2d(1, 8, 3, padding: 1, using: &g)
/// conv(Tensor.zeros([32, 1, 28, 28])).shape   // [32, 8, 28, 28]
/// ```
public final class Conv2d: Layer, CustomStringConvertible {
    /// The filters, [outChannels, inChannels, kernelSize, kernelSize].
    public let weight: Tensor
    /// One value per output channel, or nil when created with `bias: false`.
    public let bias: Tensor?
    /// The step between neighbouring windows.
    public let stride: Int
    /// The zero border added on every side of each image.
    public let padding: Int
    /// The spacing between the kernel's taps (1: adjacent).
    public let dilation: Int
    /// The number of independent channel groups (inChannels: depthwise).
    public let groups: Int
    public var isTraining = true

    public var parameters: [Tensor] { bias.map { [weight, $0] } ?? [weight] }

    /// Creates the layer, drawing the weight from `generator`.
    public convenience init(_ inChannels: Int, _ outChannels: Int, _ kernelSize: Int, stride: Int = 1, padding: Int = 0,
                            dilation: Int = 1, groups: Int = 1,
                            bias: Bool = true, weightInit: Initializer = .heNormal, using generator: inout RandomGenerator,
                            file: StaticString = #fileID, line: UInt = #line) {
        let size = Conv2d.checkedSize(inChannels, outChannels, kernelSize, stride, padding, dilation, groups, file: file, line: line)
        self.init(drawn: weightInit.parameter(size.shape, fanIn: size.fanIn, fanOut: size.fanOut, using: &generator),
                  bias: bias, stride: stride, padding: padding, dilation: dilation, groups: groups)
    }

    /// Creates the layer, drawing the weight from the default generator.
    public convenience init(_ inChannels: Int, _ outChannels: Int, _ kernelSize: Int, stride: Int = 1, padding: Int = 0,
                            dilation: Int = 1, groups: Int = 1, bias: Bool = true, weightInit: Initializer = .heNormal,
                            file: StaticString = #fileID, line: UInt = #line) {
        let size = Conv2d.checkedSize(inChannels, outChannels, kernelSize, stride, padding, dilation, groups, file: file, line: line)
        self.init(drawn: weightInit.parameter(size.shape, fanIn: size.fanIn, fanOut: size.fanOut),
                  bias: bias, stride: stride, padding: padding, dilation: dilation, groups: groups)
    }

    /// Creates the layer from given values: `weight` is [outChannels, inChannels, kh, kw] and `bias`
    /// [outChannels] — PyTorch's own layout, so `conv.weight` and `conv.bias` of a PyTorch model load as they are.
    ///
    /// Both become parameters (`requiresGrad` is set).
    /// PyTorch: `nn.Conv2d` with `conv.weight.data = w`, `conv.bias.data = b`.
    public init(weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0, dilation: Int = 1, groups: Int = 1,
                file: StaticString = #fileID, line: UInt = #line) {
        if weight.rank != 4 || weight.count == 0 || stride < 1 || padding < 0 || dilation < 1 || groups < 1
            || weight.shape[0] % groups != 0 {
            EngineFailure.fail("Conv2d", "needs a non-empty weight [outChannels, inChannels/groups, kh, kw] with outChannels "
                               + "divisible by groups, stride, dilation and groups ≥ 1 and padding ≥ 0; got weight "
                               + "\(describe(weight.shape)), stride \(stride), padding \(padding), dilation \(dilation), "
                               + "groups \(groups)", file: file, line: line)
        }
        if let bias, bias.shape != [weight.shape[0]] {
            EngineFailure.fail("Conv2d", "a weight of shape \(describe(weight.shape)) needs a bias of shape [\(weight.shape[0])], "
                               + "got \(describe(bias.shape))", file: file, line: line)
        }
        weight.requiresGrad = true
        bias?.requiresGrad = true
        self.weight = weight
        self.bias = bias
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
    }

    private init(drawn weight: Tensor, bias: Bool, stride: Int, padding: Int, dilation: Int, groups: Int) {
        self.weight = weight
        self.bias = bias ? Tensor.zeros([weight.shape[0]], requiresGrad: true) : nil
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
    }

    /// The weight's shape, fan-in and fan-out, or a trap for sizes that make no layer.
    private static func checkedSize(_ inChannels: Int, _ outChannels: Int, _ kernelSize: Int, _ stride: Int, _ padding: Int,
                                    _ dilation: Int, _ groups: Int,
                                    file: StaticString, line: UInt) -> (shape: [Int], fanIn: Int, fanOut: Int) {
        if inChannels < 1 || outChannels < 1 || kernelSize < 1 || stride < 1 || padding < 0 || dilation < 1 || groups < 1 {
            EngineFailure.fail("Conv2d", "needs inChannels, outChannels, kernelSize, stride, dilation and groups ≥ 1 and "
                               + "padding ≥ 0; got \(inChannels), \(outChannels), \(kernelSize), stride \(stride), "
                               + "padding \(padding), dilation \(dilation), groups \(groups)", file: file, line: line)
        }
        if inChannels % groups != 0 || outChannels % groups != 0 {
            EngineFailure.fail("Conv2d", "\(inChannels) input and \(outChannels) output channels must both divide into "
                               + "\(groups) groups", file: file, line: line)
        }
        let area = kernelSize * kernelSize
        return ([outChannels, inChannels / groups, kernelSize, kernelSize], inChannels / groups * area,
                outChannels / groups * area)
    }

    public func forward(_ input: Tensor) -> Tensor {
        Tensor.convolve(input, weight, bias, stride: stride, padding: padding, dilation: dilation, groups: groups,
                        operation: "Conv2d", file: nil, line: nil)
    }

    public var description: String {
        "Conv2d(\(weight.shape[1] * groups) → \(weight.shape[0]), kernel \(weight.shape[2])×\(weight.shape[3]), "
            + "stride \(stride), padding \(padding)" + (dilation == 1 ? "" : ", dilation \(dilation)")
            + (groups == 1 ? "" : ", groups \(groups)") + "\(bias == nil ? ", no bias" : ""))"
    }
}
