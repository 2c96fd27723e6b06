/// A value that charts can read as rows of numbers (a feature map, a kernel, a weight matrix).
///
/// `[[Double]]`, `[[Float]]`, `[[Int]]` and arrays of any ``ChartSeriesConvertible`` conform already.
/// An engine makes its 2-D tensors plottable in one extension:
/// ```swift
/// extension Tensor: ChartMatrixConvertible {
///     public var chartRows: [[Double]] { (0..<shape[0]).map { self[$0].scalars.map(Double.init) } }
/// }
/// ```
public protocol ChartMatrixConvertible {
    /// The rows, top to bottom; row 0 is drawn at the top of a heatmap.
    var chartRows: [[Double]] { get }
}

extension Array: ChartMatrixConvertible where Element: ChartSeriesConvertible {
    public var chartRows: [[Double]] { map(\.chartValues) }
}
