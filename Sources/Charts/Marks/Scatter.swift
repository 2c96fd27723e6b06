/// Points drawn as markers; each scatter series gets its own colour and marker shape.
///
/// ```swift
/// Scatter("class 0", x: xs0, y: ys0)
/// Scatter("samples", points: [(0.1, 0.3), (0.5, 0.2)])
/// ```
public struct Scatter: Mark {
    let data: SeriesData

    /// Markers at the points (`x[i]`, `y[i]`).
    public init(_ name: String = "", x: some ChartSeriesConvertible, y: some ChartSeriesConvertible) {
        data = SeriesData(name: name, xs: x.chartValues, ys: y.chartValues)
    }

    /// Markers at the given (x, y) points.
    public init(_ name: String = "", points: [(Double, Double)]) {
        data = SeriesData(name: name, xs: points.map(\.0), ys: points.map(\.1))
    }

    /// Markers at `values` plotted against their index 0, 1, 2 ….
    public init(_ name: String = "", values: some ChartSeriesConvertible) {
        data = SeriesData(name: name, values: values.chartValues)
    }

    var chartKind: String? { "Scatter plot" }
    var colorCount: Int { 1 }
    var hasIntegerX: Bool { data.xsAreIntegers }

    func extent(x: ScaleType, y: ScaleType) -> Extent { data.extent(x: x, y: y) }

    func legendEntries(firstColor: Int) -> [LegendEntry] {
        data.name.isEmpty ? [] : [LegendEntry(label: data.name, colorIndex: firstColor, swatch: .marker(shape(firstColor)))]
    }

    func summary(x: ScaleType, y: ScaleType) -> String {
        "scatter\(data.name.isEmpty ? "" : " “\(data.name)”"): \(data.rangeSummary(x: x, y: y))."
    }

    func notes(x: ScaleType, y: ScaleType) -> [String] { data.notes(x: x, y: y) }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        let shape = shape(firstColor)
        var d = ""
        for case let point? in data.points(x: canvas.x.type, y: canvas.y.type) {
            if let p = canvas.point(point.x, point.y) { d += shape.path(at: p, size: 3.5) }
        }
        svg.path(d, class: Palette.fillClass(firstColor))
    }

    private func shape(_ colorIndex: Int) -> MarkerShape { MarkerShape.forSeries(colorIndex) }
}
