/// A matrix drawn as coloured cells with a colour bar: a feature map, a kernel, a weight matrix.
///
/// ```swift
/// Heatmap(title: "卷积核", matrix: [[1, 0, -1], [2, 0, -2], [1, 0, -1]])   // signed → diverging colours
/// Heatmap(matrix: image, colorMap: .grays, showValues: false, showTicks: false)
/// Heatmap(title: "注意力", matrix: scores, colorMap: .magma).quietAboutSkippedValues()   // −∞ where masked
/// ```
public struct Heatmap {
    let title: String
    let rows: [[Double]]
    let xTitle: String
    let yTitle: String
    let colorMap: ColorMap
    let range: ClosedRange<Double>?
    let showValues: Bool?
    let showTicks: Bool
    let xLabels: [String]?
    let yLabels: [String]?
    let width: Double?
    let height: Double?
    var quiet = false

    /// A heatmap of `matrix`, row 0 at the top.
    ///
    /// - Parameters:
    ///   - title: shown above the heatmap and used as the SVG's `<title>`.
    ///   - matrix: the rows of values, top to bottom (a 2-D tensor, or arrays of numbers).
    ///   - x: the title under the columns.
    ///   - y: the title beside the rows.
    ///   - colorMap: `.automatic` (diverging for signed values, else viridis), `.viridis`, `.magma`, `.inferno`,
    ///     `.cividis`, `.diverging`, `.coolwarm`, `.grays`.
    ///   - range: the values at the ends of the colour bar; by default the data's range (symmetric about
    ///     zero for a diverging map).
    ///   - showValues: print each value in its cell; by default only for grids up to 12×12 with room for the text.
    ///   - showTicks: `false` leaves out the row and column ticks and their labels (for images).
    ///   - xLabels: names for the columns instead of their indices.
    ///   - yLabels: names for the rows instead of their indices.
    ///   - width: the width in pixels; by default chosen from the matrix shape.
    ///   - height: the height in pixels; by default chosen from the matrix shape.
    public init(title: String = "", matrix: some ChartMatrixConvertible, x: String = "", y: String = "",
                colorMap: ColorMap = .automatic, range: ClosedRange<Double>? = nil, showValues: Bool? = nil,
                showTicks: Bool = true, xLabels: [String]? = nil, yLabels: [String]? = nil,
                width: Double? = nil, height: Double? = nil) {
        self.title = title
        rows = matrix.chartRows
        xTitle = x
        yTitle = y
        self.colorMap = colorMap
        self.range = range
        self.showValues = showValues
        self.showTicks = showTicks
        self.xLabels = xLabels
        self.yLabels = yLabels
        self.width = width
        self.height = height
    }

    /// The same heatmap without the sentence under it about non-finite cells (NaN or ±∞), for matrices
    /// that hold them on purpose, such as an attention mask of −∞. The cells are still drawn grey, the
    /// description for screen readers still counts them, and a matrix with no finite value at all is
    /// still a warning.
    public func quietAboutSkippedValues() -> Heatmap {
        var copy = self
        copy.quiet = true
        return copy
    }

    /// The heatmap as a standalone SVG element.
    public var svg: String { render() }

    /// The heatmap as a standalone SVG element.
    public func render() -> String { Figure.svg(of: plot()) }

    /// A plain-text description for terminals.
    public var summary: String { plot().descriptionLines.joined(separator: "\n") }

    /// Problems an author should fix, one sentence each: a heatmap with no finite value draws nothing.
    /// A note's build reports them as warnings at the line that showed the heatmap.
    public var warnings: [String] { plot().warnings }

    /// The finite values' range, for sharing one colour scale across panels.
    var valueRange: ClosedRange<Double>? {
        let finite = rows.joined().filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return low...high
    }

    /// The colour range this heatmap would use on its own: the given range, else the data's.
    var ownRange: ClosedRange<Double>? { range ?? valueRange }

    /// The plot that draws this heatmap.
    ///
    /// - Parameters:
    ///   - sharedRange: replaces the data's own range when no range was given (panels with shared axes).
    ///   - sharedColors: the map and range of a colour bar that the figure draws once for several
    ///     heatmaps; the heatmap then uses exactly those and draws no bar of its own.
    func plot(sharedRange: ClosedRange<Double>? = nil, sharedColors: ColorBarSpec? = nil) -> Plot {
        let columnCount = rows.map(\.count).max() ?? 0
        let rowCount = rows.count
        var map = colorMap
        var effectiveRange = range
        if let sharedColors {
            map = sharedColors.colorMap
            effectiveRange = sharedColors.domain
        } else if effectiveRange == nil, let sharedRange {
            effectiveRange = sharedRange
            if colorMap.resolved(for: sharedRange).isDiverging {
                let magnitude = max(abs(sharedRange.lowerBound), abs(sharedRange.upperBound))
                effectiveRange = -magnitude...magnitude
            }
        }
        let cells = HeatmapCells(rows: rows, colorMap: map, range: effectiveRange, showValues: showValues)
        let x = AxisConfig(title: xTitle, range: -0.5...(Double(max(columnCount, 1)) - 0.5),
                           ticks: showTicks ? .indices(names: xLabels) : .hidden, grid: false, line: false)
        let y = AxisConfig(title: yTitle, range: -0.5...(Double(max(rowCount, 1)) - 0.5),
                           ticks: showTicks ? .indices(names: yLabels) : .hidden, reversed: true, grid: false, line: false)
        let longSide = Double(max(columnCount, rowCount, 1))
        let cell = min(480 / Double(max(columnCount, 1)), 360 / Double(max(rowCount, 1)), max(40, 160 / longSide))
        let plotWidth = cell * Double(max(columnCount, 1)), plotHeight = cell * Double(max(rowCount, 1))
        // Without ticks, the room their labels took on the left and below is not needed.
        let tickRoom = showTicks ? (width: 0.0, height: 0.0) : (width: 30.0, height: 16.0)
        let defaultWidth = max(plotWidth + 140 - tickRoom.width + (yTitle.isEmpty ? 0 : 18),
                               TextMetrics.width(title, fontSize: 14) + 24, 220)
        var plot = Plot(kind: "Heatmap", title: title, x: x, y: y, marks: [cells], width: 0, height: 0,
                        plotAspect: Double(max(columnCount, 1)) / Double(max(rowCount, 1)), showsLegend: false)
        plot.quietAboutSkippedValues = quiet
        plot.hidesColorBar = sharedColors != nil
        let defaultHeight = plotHeight + (title.isEmpty ? 0 : PlotLayout.titleHeight) + 52 - tickRoom.height
            + (xTitle.isEmpty ? 0 : 18) + 14 * Double(plot.visibleNotes.count)
        plot.width = width ?? defaultWidth.rounded(.up)
        plot.height = height ?? max(defaultHeight, 120).rounded(.up)
        return plot
    }
}
