import NN
import Charts

/// Charts show as inline SVG, with their summary as the plain-text form; a chart that draws nothing
/// is a warning in the build.
extension Chart: CellDisplayable {
    public var cellHTML: String { svg }
    public var cellText: String { summary }
    public var cellWarnings: [String] { warnings }
}

extension Heatmap: CellDisplayable {
    public var cellHTML: String { svg }
    public var cellText: String { summary }
    public var cellWarnings: [String] { warnings }
}

extension Contour: CellDisplayable {
    public var cellHTML: String { svg }
    public var cellText: String { summary }
    public var cellWarnings: [String] { warnings }
}

extension Panels: CellDisplayable {
    public var cellHTML: String { svg }
    public var cellText: String { summary }
    public var cellWarnings: [String] { warnings }
}

/// Tensors plot directly: a tensor is a series of its values, and a matrix is rows for heatmaps
/// (a [1, 1, H, W] feature map counts as its H×W matrix).
extension Tensor: ChartSeriesConvertible, ChartMatrixConvertible {
    public var chartValues: [Double] { scalars }

    public var chartRows: [[Double]] {
        let matrixShape = shape.drop { $0 == 1 }
        guard matrixShape.count == 2 else { return [scalars] }
        let width = matrixShape.last!
        return stride(from: 0, to: scalars.count, by: width).map { Array(scalars[$0..<$0 + width]) }
    }
}
