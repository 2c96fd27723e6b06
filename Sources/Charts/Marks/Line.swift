/// A line through data points, or through a function sampled over a range.
///
/// ```swift
/// Line("σ(x)", function: sigmoid, over: -6...6)
/// Line("train", values: losses, marker: .circle)
/// Line("‖∇W‖", categories: ["conv1", "conv2", "fc"], values: gradientNorms)
/// Line("test", x: epochs, y: accuracies, style: .dashed, marker: .square)
/// ```
public struct Line: LineSeriesMark {
    let data: SeriesData
    let style: LineStyle
    /// The marker drawn at each data point, if any.
    let marker: MarkerShape?
    /// Names for x = 0, 1, 2 … when the line runs across categories (layers, classes).
    var categories: [String]? = nil

    /// A line through `values` plotted against their index 0, 1, 2 ….
    ///
    /// - Parameters:
    ///   - name: the series' name, for the legend and the description.
    ///   - values: the y values; x is their index.
    ///   - style: `.solid`, `.dashed` or `.dotted`.
    ///   - marker: a marker at each data point (`.circle`, `.square`, `.triangle`, `.diamond`); none by default.
    public init(_ name: String = "", values: some ChartSeriesConvertible, style: LineStyle = .solid, marker: MarkerShape? = nil) {
        data = SeriesData(name: name, values: values.chartValues)
        self.style = style
        self.marker = marker
    }

    /// A line through `values` at the categories `categories` (e.g. one value per layer), named on the x axis;
    /// `style` and `marker` as for ``init(_:values:style:marker:)``.
    public init(_ name: String = "", categories: [String], values: some ChartSeriesConvertible, style: LineStyle = .solid,
                marker: MarkerShape? = nil) {
        data = SeriesData(name: name, xs: categories.indices.map(Double.init), ys: values.chartValues)
        self.style = style
        self.marker = marker
        self.categories = categories
    }

    /// A line through the points (`x[i]`, `y[i]`); `style` and `marker` as for ``init(_:values:style:marker:)``.
    public init(_ name: String = "", x: some ChartSeriesConvertible, y: some ChartSeriesConvertible, style: LineStyle = .solid,
                marker: MarkerShape? = nil) {
        data = SeriesData(name: name, xs: x.chartValues, ys: y.chartValues)
        self.style = style
        self.marker = marker
    }

    /// `function` sampled at `samples` evenly spaced points over `range` (NaN or ±∞ results leave gaps);
    /// `style` and `marker` as for ``init(_:values:style:marker:)`` (a marker goes on every sample).
    public init(_ name: String = "", function: (Double) -> Double, over range: ClosedRange<Double>,
                samples: Int = 200, style: LineStyle = .solid, marker: MarkerShape? = nil) {
        data = SeriesData(name: name, function: function, over: range, samples: samples)
        self.style = style
        self.marker = marker
    }

    var chartKind: String? { "Line chart" }

    func summary(x: ScaleType, y: ScaleType) -> String {
        let markers = marker.map { " with \($0.name)" } ?? ""
        return "\(style.name)\(data.name.isEmpty ? "" : " “\(data.name)”")\(markers): \(data.rangeSummary(x: x, y: y))."
    }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        let points = data.points(x: canvas.x.type, y: canvas.y.type).map { $0.flatMap { canvas.point($0.x, $0.y) } }
        svg.path(PathData.polylines(PathData.runs(points)), class: "ln \(Palette.strokeClass(firstColor))\(style.cssClass)")
        if let marker {
            svg.path(points.compactMap { $0 }.map { marker.path(at: $0, size: 3.5) }.joined(), class: Palette.fillClass(firstColor))
        }
    }
}
