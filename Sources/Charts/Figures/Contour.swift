/// Contour lines of a function of two variables, with optional overlays such as optimizer trajectories.
///
/// ```swift
/// Contour(title: "Rosenbrock", function: { x, y in pow(1 - x, 2) + 100 * pow(y - x * x, 2) },
///         xRange: -2...2, yRange: -1...3, levelScale: .log) {
///     Trajectory("Adam", points: path)
///     Annotation("minimum", x: 1, y: 1)
/// }
/// ```
public struct Contour {
    var plot: Plot

    /// Contour lines of `function` sampled on a `resolution`×`resolution` grid over the ranges.
    ///
    /// - Parameters:
    ///   - title: shown above the plot.
    ///   - x: the x axis's title.
    ///   - y: the y axis's title.
    ///   - function: the function of (x, y) whose level lines are drawn.
    ///   - xRange: the x values sampled and shown.
    ///   - yRange: the y values sampled and shown.
    ///   - levels: about how many contour levels to draw (nice numbers between the smallest and largest value).
    ///   - levelScale: `.log` spaces levels by powers of ten, for loss surfaces that span many orders of magnitude.
    ///   - resolution: the grid is `resolution`×`resolution` cells.
    ///   - colorMap: the colours of the levels, low to high.
    ///   - width: the width in pixels.
    ///   - height: the height in pixels.
    ///   - overlays: trajectories, points, reference lines and annotations drawn over the contours.
    public init(title: String = "", x: String = "x", y: String = "y",
                function: (Double, Double) -> Double, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                levels: Int = 10, levelScale: ScaleType = .linear, resolution: Int = 100, colorMap: ColorMap = .viridis,
                width: Double = 560, height: Double = 440,
                @ChartBuilder overlays: () -> ChartContent = { ChartContent() }) {
        let count = max(2, resolution + 1)
        let xs = ContourLines.samplePositions(xRange, count: count)
        let ys = ContourLines.samplePositions(yRange, count: count)
        let values = ys.map { y in xs.map { x in function(x, y) } }
        self.init(title: title, x: x, y: y, values: values, xRange: xRange, yRange: yRange, levels: levels,
                  levelScale: levelScale, colorMap: colorMap, width: width, height: height, overlays: overlays)
    }

    /// Contour lines of values already sampled on a grid: `matrix` row i holds the samples at the i-th y
    /// (from `yRange.lowerBound` up), column j those at the j-th x.
    public init(title: String = "", x: String = "x", y: String = "y",
                matrix: some ChartMatrixConvertible, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                levels: Int = 10, levelScale: ScaleType = .linear, colorMap: ColorMap = .viridis,
                width: Double = 560, height: Double = 440,
                @ChartBuilder overlays: () -> ChartContent = { ChartContent() }) {
        self.init(title: title, x: x, y: y, values: matrix.chartRows, xRange: xRange, yRange: yRange, levels: levels,
                  levelScale: levelScale, colorMap: colorMap, width: width, height: height, overlays: overlays)
    }

    private init(title: String, x: String, y: String, values: [[Double]], xRange: ClosedRange<Double>,
                 yRange: ClosedRange<Double>, levels: Int, levelScale: ScaleType, colorMap: ColorMap,
                 width: Double, height: Double, overlays: () -> ChartContent) {
        let lines = ContourLines(values: values, xRange: xRange, yRange: yRange, levelCount: levels,
                                 levelScale: levelScale, colorMap: colorMap)
        plot = Plot(kind: "Contour plot", title: title,
                    x: AxisConfig(title: x, range: xRange, grid: false),
                    y: AxisConfig(title: y, range: yRange, grid: false),
                    marks: [lines] + overlays().marks, width: width, height: height)
    }

    /// The contour plot as a standalone SVG element.
    public var svg: String { render() }

    /// The contour plot as a standalone SVG element.
    public func render() -> String { Figure.svg(of: plot) }

    /// A plain-text description for terminals.
    public var summary: String { plot.descriptionLines.joined(separator: "\n") }

    /// Problems an author should fix, one sentence each: a function with no finite value over the
    /// ranges, or a constant one, draws no contour lines. A note's build reports them as warnings at
    /// the line that showed the plot.
    public var warnings: [String] { plot.warnings }

    /// The same plot without the sentences under it about samples it skipped (NaN, ±∞, or ≤ 0 with
    /// log levels), for functions undefined on part of the ranges on purpose. The description for
    /// screen readers still counts them.
    public func quietAboutSkippedValues() -> Contour {
        var copy = self
        copy.plot.quietAboutSkippedValues = true
        return copy
    }
}
