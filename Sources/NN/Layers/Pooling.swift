/// What the pooling layers share: the window, the stride and the padding over [N, C, H, W] images.
/// Use `MaxPool2d` or `AvgPool2d`.
public class Pool2d: Layer, CustomStringConvertible {
    public let kernelSize: Int
    /// The step between windows; equal to the kernel size unless given.
    public let stride: Int
    public let padding: Int
    /// Whether output sides round up, keeping a last partial window (PyTorch's `ceil_mode`).
    public let ceilMode: Bool
    public var isTraining = true
    /// Average (true) or maximum (false) of each window.
    let averaging: Bool
    /// Whether padding counts in an average's divisor.
    let countIncludePad: Bool

    init(averaging: Bool, kernelSize: Int, stride: Int?, padding: Int, ceilMode: Bool, countIncludePad: Bool = true,
         file: StaticString, line: UInt) {
        if kernelSize < 1 || (stride ?? 1) < 1 || padding < 0 || 2 * padding > kernelSize {
            EngineFailure.fail(String(describing: Self.self), "needs kernelSize and stride ≥ 1 and 0 ≤ padding ≤ kernelSize / 2; got kernel "
                               + "\(kernelSize), stride \(stride.map(String.init) ?? "nil"), padding \(padding)", file: file, line: line)
        }
        self.averaging = averaging
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
        self.padding = padding
        self.ceilMode = ceilMode
        self.countIncludePad = countIncludePad
    }

    /// The layer's type name, as errors and summaries show it.
    var name: String { String(describing: type(of: self)) }

    public func forward(_ input: Tensor) -> Tensor {
        Tensor.pool(input, kernelSize: kernelSize, stride: stride, padding: padding, ceilMode: ceilMode,
                    countIncludePad: countIncludePad, operation: name, averaging: averaging, file: nil, line: nil)
    }

    public var description: String {
        "\(name)(kernel \(kernelSize)×\(kernelSize), stride \(stride), padding \(padding)"
            + (ceilMode ? ", ceilMode" : "") + (countIncludePad ? "" : ", countIncludePad: false") + ")"
    }
}

/// Max pooling over kernelSize×kernelSize windows of [N, C, H, W] images; see `Tensor.maxPool2d`.
///
/// ```swift
/// let pool = MaxPool2d(2)          // stride 2: halves height and width
/// pool(Tensor.zeros([32, 8, 28, 28])).shape   // [32, 8, 14, 14]
/// ```
///
/// PyTorch: `nn.MaxPool2d(kernel_size, stride, padding, ceil_mode=ceilMode)`.
public final class MaxPool2d: Pool2d {
    /// Creates the layer; `stride` defaults to the kernel size.
    public init(_ kernelSize: Int, stride: Int? = nil, padding: Int = 0, ceilMode: Bool = false,
                file: StaticString = #fileID, line: UInt = #line) {
        super.init(averaging: false, kernelSize: kernelSize, stride: stride, padding: padding, ceilMode: ceilMode,
                   file: file, line: line)
    }
}

/// Average pooling over kernelSize×kernelSize windows of [N, C, H, W] images; see `Tensor.avgPool2d`.
///
/// PyTorch: `nn.AvgPool2d(kernel_size, stride, padding, ceil_mode, count_include_pad)`.
public final class AvgPool2d: Pool2d {
    /// Creates the layer; `stride` defaults to the kernel size.
    public init(_ kernelSize: Int, stride: Int? = nil, padding: Int = 0, ceilMode: Bool = false, countIncludePad: Bool = true,
                file: StaticString = #fileID, line: UInt = #line) {
        super.init(averaging: true, kernelSize: kernelSize, stride: stride, padding: padding, ceilMode: ceilMode,
                   countIncludePad: countIncludePad, file: file, line: line)
    }
}
