/// A line through data points, or through a function sampled over a range.
///
/// ```swift
/// Line("σ(x)", function: sigmoid, over: -6...6)
/// Line("train", values: losses)
/// Line("‖∇W‖", categories: ["conv1", "conv2", "fc"], values: gradientNorms)
/// Line("test", x: epochs, y: accuracies, style: .dashed)
/// ```
public struct Line: LineSeriesMark {
    let data: SeriesData
    let style: LineStyle
    /// Names for x = 0, 1, 2 … when the line runs across categories (layers, classes).
    var categories: [String]? = nil

    /// A line through `values` plotted against their index 0, 1, 2 ….
    public init(_ name: String = "", values: some ChartSeriesConvertible, style: LineStyle = .solid) {
        data = SeriesData(name: name, values: values.chartValues)
        self.style = style
    }

    /// A line through `values` at the categories `categories` (e.g. one value per layer), named on the x axis.
    public init(_ name: String = "", categories: [String], values: some ChartSeriesConvertible, style: LineStyle = .solid) {
        data = SeriesData(name: name, xs: categories.indices.map(Double.init), ys: values.chartValues)
        self.style = style
        self.categories = categories
    }

    /// A line through the points (`x[i]`, `y[i]`).
    public init(_ name: String = "", x: some ChartSeriesConvertible, y: some ChartSeriesConvertible, style: LineStyle = .solid) {
        data = SeriesData(name: name, xs: x.chartValues, ys: y.chartValues)
        self.style = style
    }

    /// `function` sampled at `samples` evenly spaced points over `range` (NaN or ±∞ results leave gaps).
    public init(_ name: String = "", function: (Double) -> Double, over range: ClosedRange<Double>,
                samples: Int = 200, style: LineStyle = .solid) {
        data = SeriesData(name: name, function: function, over: range, samples: samples)
        self.style = style
    }

    var chartKind: String? { "Line chart" }

    func summary(x: ScaleType, y: ScaleType) -> String {
        "\(style.name)\(data.name.isEmpty ? "" : " “\(data.name)”"): \(data.rangeSummary(x: x, y: y))."
    }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        let points = data.points(x: canvas.x.type, y: canvas.y.type).map { $0.flatMap { canvas.point($0.x, $0.y) } }
        svg.path(PathData.polylines(PathData.runs(points)), class: "ln \(Palette.strokeClass(firstColor))\(style.cssClass)")
    }
}
