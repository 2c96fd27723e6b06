/// A matrix drawn as coloured cells with a colour bar: a feature map, a kernel, a weight matrix.
///
/// ```swift
/// Heatmap(title: "卷积核", matrix: [[1, 0, -1], [2, 0, -2], [1, 0, -1]])   // signed → diverging colours
/// Heatmap(matrix: image, colorMap: .grays, showValues: false)
/// ```
public struct Heatmap {
    let title: String
    let rows: [[Double]]
    let xTitle: String
    let yTitle: String
    let colorMap: ColorMap
    let range: ClosedRange<Double>?
    let showValues: Bool?
    let xLabels: [String]?
    let yLabels: [String]?
    let width: Double?
    let height: Double?

    /// A heatmap of `matrix`, row 0 at the top.
    ///
    /// - Parameters:
    ///   - title: shown above the heatmap.
    ///   - matrix: the values, row by row.
    ///   - x: the x axis's title.
    ///   - y: the y axis's title.
    ///   - colorMap: `.automatic` (diverging for signed values, else viridis), `.viridis`, `.diverging`, `.grays`.
    ///   - range: the values at the ends of the colour bar; by default the data's range (symmetric for diverging).
    ///   - showValues: print each value in its cell; by default only for grids up to 12×12 with room for the text.
    ///   - xLabels: names for the columns instead of their indices.
    ///   - yLabels: names for the rows instead of their indices.
    ///   - width: the width in pixels; by default chosen from the matrix shape.
    ///   - height: the height in pixels, likewise.
    public init(title: String = "", matrix: some ChartMatrixConvertible, x: String = "", y: String = "",
                colorMap: ColorMap = .automatic, range: ClosedRange<Double>? = nil, showValues: Bool? = nil,
                xLabels: [String]? = nil, yLabels: [String]? = nil, width: Double? = nil, height: Double? = nil) {
        self.title = title
        rows = matrix.chartRows
        xTitle = x
        yTitle = y
        self.colorMap = colorMap
        self.range = range
        self.showValues = showValues
        self.xLabels = xLabels
        self.yLabels = yLabels
        self.width = width
        self.height = height
    }

    /// The heatmap as a standalone SVG element.
    public var svg: String { render() }

    /// The heatmap as a standalone SVG element.
    public func render() -> String { Figure.svg(of: plot()) }

    /// A plain-text description for terminals.
    public var summary: String { plot().descriptionLines.joined(separator: "\n") }

    /// The finite values' range, for sharing one colour scale across panels.
    var valueRange: ClosedRange<Double>? {
        let finite = rows.joined().filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return low...high
    }

    /// The plot that draws this heatmap; `sharedRange` replaces the data's own range when no range was given.
    func plot(sharedRange: ClosedRange<Double>? = nil) -> Plot {
        let columnCount = rows.map(\.count).max() ?? 0
        let rowCount = rows.count
        var effectiveRange = range
        if effectiveRange == nil, let sharedRange {
            effectiveRange = sharedRange
            if colorMap.resolved(for: sharedRange) == .diverging {
                let magnitude = max(abs(sharedRange.lowerBound), abs(sharedRange.upperBound))
                effectiveRange = -magnitude...magnitude
            }
        }
        let cells = HeatmapCells(rows: rows, colorMap: colorMap, range: effectiveRange, showValues: showValues)
        let x = AxisConfig(title: xTitle, range: -0.5...(Double(max(columnCount, 1)) - 0.5), ticks: .indices(names: xLabels), grid: false, line: false)
        let y = AxisConfig(title: yTitle, range: -0.5...(Double(max(rowCount, 1)) - 0.5), ticks: .indices(names: yLabels),
                           reversed: true, grid: false, line: false)
        let longSide = Double(max(columnCount, rowCount, 1))
        let cell = min(480 / Double(max(columnCount, 1)), 360 / Double(max(rowCount, 1)), max(40, 160 / longSide))
        let plotWidth = cell * Double(max(columnCount, 1)), plotHeight = cell * Double(max(rowCount, 1))
        let defaultWidth = max(plotWidth + 140 + (yTitle.isEmpty ? 0 : 18), TextMetrics.width(title, fontSize: 14) + 24, 220)
        let defaultHeight = plotHeight + (title.isEmpty ? 0 : PlotLayout.titleHeight) + 52 + (xTitle.isEmpty ? 0 : 18)
            + 14 * Double(cells.notes(x: .linear, y: .linear).count)
        return Plot(kind: "Heatmap", title: title, x: x, y: y, marks: [cells],
                    width: width ?? defaultWidth.rounded(.up), height: height ?? max(defaultHeight, 120).rounded(.up),
                    plotAspect: Double(max(columnCount, 1)) / Double(max(rowCount, 1)), showsLegend: false)
    }
}
