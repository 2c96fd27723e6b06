/// Max pooling over kernelSize×kernelSize windows of [N, C, H, W] images; see `Tensor.maxPool2d`.
///
/// ```swift
/// let pool = MaxPool2d(2)          // stride 2: halves height and width
/// pool(Tensor.zeros([32, 8, 28, 28])).shape   // [32, 8, 14, 14]
/// ```
public final class MaxPool2d: Layer, CustomStringConvertible {
    public let kernelSize: Int
    /// The step between windows; equal to the kernel size unless given.
    public let stride: Int
    public let padding: Int
    public var isTraining = true

    public init(_ kernelSize: Int, stride: Int? = nil, padding: Int = 0,
                file: StaticString = #fileID, line: UInt = #line) {
        checkPooling(String(describing: Self.self), kernelSize, stride, padding, file: file, line: line)
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
        self.padding = padding
    }

    public func forward(_ input: Tensor) -> Tensor {
        Tensor.pool(input, kernelSize: kernelSize, stride: stride, padding: padding, operation: "MaxPool2d",
                    averaging: false, file: nil, line: nil)
    }

    public var description: String { "MaxPool2d(kernel \(kernelSize)×\(kernelSize), stride \(stride), padding \(padding))" }
}

/// Average pooling over kernelSize×kernelSize windows of [N, C, H, W] images; see `Tensor.avgPool2d`.
public final class AvgPool2d: Layer, CustomStringConvertible {
    public let kernelSize: Int
    /// The step between windows; equal to the kernel size unless given.
    public let stride: Int
    public let padding: Int
    public var isTraining = true

    public init(_ kernelSize: Int, stride: Int? = nil, padding: Int = 0,
                file: StaticString = #fileID, line: UInt = #line) {
        checkPooling(String(describing: Self.self), kernelSize, stride, padding, file: file, line: line)
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
        self.padding = padding
    }

    public func forward(_ input: Tensor) -> Tensor {
        Tensor.pool(input, kernelSize: kernelSize, stride: stride, padding: padding, operation: "AvgPool2d",
                    averaging: true, file: nil, line: nil)
    }

    public var description: String { "AvgPool2d(kernel \(kernelSize)×\(kernelSize), stride \(stride), padding \(padding))" }
}

/// Traps on window sizes that make no pooling layer.
private func checkPooling(_ layer: String, _ kernelSize: Int, _ stride: Int?, _ padding: Int,
                          file: StaticString, line: UInt) {
    if kernelSize < 1 || (stride ?? 1) < 1 || padding < 0 || 2 * padding > kernelSize {
        EngineFailure.fail(layer, "needs kernelSize and stride ≥ 1 and 0 ≤ padding ≤ kernelSize / 2; got kernel "
                           + "\(kernelSize), stride \(stride.map(String.init) ?? "nil"), padding \(padding)", file: file, line: line)
    }
}
