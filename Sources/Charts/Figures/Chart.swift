/// A chart of lines, points, bars, histograms and steps on x and y axes, drawn as static SVG.
///
/// ```swift
/// let c = Chart(title: "Sigmoid 及其导数", x: "x", y: "y") {
///     Line("σ(x)", function: sigmoid, over: -6...6)
///     Line("σ'(x)", function: { sigmoid($0) * (1 - sigmoid($0)) }, over: -6...6, style: .dashed)
///     ReferenceLine(y: 0.25, label: "max σ' = 1/4")
/// }
/// let svg = c.svg
/// ```
public struct Chart {
    var plot: Plot

    /// A chart of the marks in `content`.
    ///
    /// - Parameters:
    ///   - title: shown above the chart and used as the SVG's `<title>`.
    ///   - x: the x axis's title.
    ///   - y: the y axis's title.
    ///   - xScale: `.linear` or `.log`.
    ///   - yScale: `.linear` or `.log`.
    ///   - xRange: a fixed x range; by default the data's range widened to nice numbers.
    ///   - yRange: a fixed y range, likewise.
    ///   - legend: force the legend on or off; by default it is shown for two series or more.
    ///   - width: the width in pixels (the SVG scales down to fit narrower pages).
    ///   - height: the height in pixels.
    ///   - description: extra words for screen readers, added to the generated description.
    ///   - content: the marks: lines, points, bars, histograms, reference lines, annotations.
    public init(title: String = "", x: String = "", y: String = "",
                xScale: ScaleType = .linear, yScale: ScaleType = .linear,
                xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                legend: Bool? = nil, width: Double = 640, height: Double = 400, description: String? = nil,
                @ChartBuilder _ content: () -> ChartContent) {
        let marks = content().marks
        var xAxis = AxisConfig(title: x, type: xScale, range: xRange)
        let dataMarks = marks.filter { $0.chartKind != nil }
        xAxis.integersOnly = !dataMarks.isEmpty && dataMarks.allSatisfy(\.hasIntegerX)
        if let categories = marks.lazy.compactMap(\.categories).first {
            xAxis.ticks = .categories(categories)
            xAxis.range = -0.5...(Double(max(categories.count, 1)) - 0.5)
            xAxis.grid = false
            xAxis.type = .linear
        }
        plot = Plot(kind: Chart.kind(of: marks), title: title, x: xAxis, y: AxisConfig(title: y, type: yScale, range: yRange),
                    marks: marks, width: width, height: height, showsLegend: legend, extraDescription: description)
    }

    init(plot: Plot) {
        self.plot = plot
    }

    /// The chart as a standalone SVG element, ready to inline in HTML.
    public var svg: String { render() }

    /// The chart as a standalone SVG element, ready to inline in HTML.
    public func render() -> String { Figure.svg(of: plot) }

    /// A plain-text description for terminals: what is drawn, the data ranges, and what was skipped.
    public var summary: String { plot.descriptionLines.joined(separator: "\n") }

    /// Problems an author should fix, one sentence each: a chart whose data has nothing to draw (no
    /// values, or only NaN and ±∞). A note's build reports them as warnings at the line that showed
    /// the chart.
    public var warnings: [String] { plot.warnings }

    /// The same chart without the sentences under it about skipped values (NaN, ±∞, or ≤ 0 on a log
    /// axis), for data with gaps on purpose, such as a function with a pole. The gaps stay, the
    /// description for screen readers still counts the skipped values, and a chart with nothing left to
    /// draw is still a warning.
    ///
    /// ```swift
    /// Chart(title: "tan x") {
    ///     Line(function: { abs(cos($0)) < 0.05 ? .nan : tan($0) }, over: -3...3)
    /// }.quietAboutSkippedValues()
    /// ```
    public func quietAboutSkippedValues() -> Chart {
        var copy = self
        copy.plot.quietAboutSkippedValues = true
        return copy
    }

    /// "Line chart" when all data marks are lines, and so on; "Chart" for a mix.
    static func kind(of marks: [any Mark]) -> String {
        let kinds = marks.compactMap(\.chartKind)
        guard let first = kinds.first else { return "Chart" }
        return kinds.allSatisfy { $0 == first } ? first : "Chart"
    }
}
