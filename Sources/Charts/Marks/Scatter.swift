/// Points drawn as markers; each scatter series gets its own colour and marker shape.
///
/// ```swift
/// Scatter("class 0", x: xs0, y: ys0)
/// Scatter("samples", points: [(0.1, 0.3), (0.5, 0.2)], marker: .diamond)
/// Scatter("residual", values: residuals, colors: .bySign())
/// ```
public struct Scatter: Mark {
    let data: SeriesData
    let marker: MarkerShape?
    let colors: ValueColors?

    /// Markers at the points (`x[i]`, `y[i]`).
    ///
    /// - Parameters:
    ///   - name: the series' name, for the legend and the description.
    ///   - x: the points' x values.
    ///   - y: the points' y values (extra values of the longer one are ignored and noted).
    ///   - marker: the shape; by default each scatter series takes the next shape in turn.
    ///   - colors: a colour for each point (`.bySign()` and `.byValue { … }` look at y, `.each([…])` or an
    ///     array literal go by position); by default every point takes the series' colour.
    public init(_ name: String = "", x: some ChartSeriesConvertible, y: some ChartSeriesConvertible,
                marker: MarkerShape? = nil, colors: ValueColors? = nil) {
        data = SeriesData(name: name, xs: x.chartValues, ys: y.chartValues)
        self.marker = marker
        self.colors = colors
    }

    /// Markers at the given (x, y) points; `marker` and `colors` as for ``init(_:x:y:marker:colors:)``.
    public init(_ name: String = "", points: [(Double, Double)], marker: MarkerShape? = nil, colors: ValueColors? = nil) {
        data = SeriesData(name: name, xs: points.map(\.0), ys: points.map(\.1))
        self.marker = marker
        self.colors = colors
    }

    /// Markers at `values` plotted against their index 0, 1, 2 …; `marker` and `colors` as for
    /// ``init(_:x:y:marker:colors:)``.
    public init(_ name: String = "", values: some ChartSeriesConvertible, marker: MarkerShape? = nil, colors: ValueColors? = nil) {
        data = SeriesData(name: name, values: values.chartValues)
        self.marker = marker
        self.colors = colors
    }

    var chartKind: String? { "Scatter plot" }
    var colorCount: Int { 1 }
    var paletteReach: Int { colors?.paletteReach(for: data.ys) ?? 0 }
    var hasIntegerX: Bool { data.xsAreIntegers }

    func extent(x: ScaleType, y: ScaleType) -> Extent { data.extent(x: x, y: y) }

    func legendEntries(firstColor: Int) -> [LegendEntry] {
        let swatch = LegendEntry.Swatch.marker(shape(firstColor))
        if let colors { return colors.legendEntries(name: data.name, swatch: swatch) }
        return data.name.isEmpty ? [] : [LegendEntry(label: data.name, colorIndex: firstColor, swatch: swatch)]
    }

    func summary(x: ScaleType, y: ScaleType) -> String {
        let coloring = colors.map { " (\($0.name))" } ?? ""
        return "scatter\(data.name.isEmpty ? "" : " “\(data.name)”")\(coloring): \(data.rangeSummary(x: x, y: y))."
    }

    func notes(x: ScaleType, y: ScaleType) -> [DataNote] { data.notes(x: x, y: y) }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        let shape = shape(firstColor)
        let colorIndices = colors?.indices(for: data.ys, seriesColor: firstColor) ?? data.ys.map { _ in firstColor }
        // One path per colour, in the order the colours first appear.
        var order: [Int] = []
        var paths: [Int: String] = [:]
        for (index, point) in data.points(x: canvas.x.type, y: canvas.y.type).enumerated() {
            guard let point, let p = canvas.point(point.x, point.y) else { continue }
            let color = colorIndices[index]
            if paths[color] == nil { order.append(color) }
            paths[color, default: ""] += shape.path(at: p, size: 3.5)
        }
        for color in order { svg.path(paths[color] ?? "", class: Palette.fillClass(color)) }
    }

    private func shape(_ colorIndex: Int) -> MarkerShape { marker ?? MarkerShape.forSeries(colorIndex) }
}
