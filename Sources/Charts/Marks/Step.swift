/// A step line: each value holds until the next x, then jumps (learning-rate schedules, counts over time).
///
/// ```swift
/// Step("lr", values: schedule)
/// ```
public struct Step: LineSeriesMark {
    let data: SeriesData
    let style: LineStyle

    /// Steps through `values` at x = 0, 1, 2 ….
    public init(_ name: String = "", values: some ChartSeriesConvertible, style: LineStyle = .solid) {
        data = SeriesData(name: name, values: values.chartValues)
        self.style = style
    }

    /// Steps through the points (`x[i]`, `y[i]`); `y[i]` holds from `x[i]` until `x[i+1]`.
    public init(_ name: String = "", x: some ChartSeriesConvertible, y: some ChartSeriesConvertible, style: LineStyle = .solid) {
        data = SeriesData(name: name, xs: x.chartValues, ys: y.chartValues)
        self.style = style
    }

    var chartKind: String? { "Step chart" }

    func summary(x: ScaleType, y: ScaleType) -> String {
        "step \(style.name)\(data.name.isEmpty ? "" : " “\(data.name)”"): \(data.rangeSummary(x: x, y: y))."
    }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        let points = data.points(x: canvas.x.type, y: canvas.y.type).map { $0.flatMap { canvas.point($0.x, $0.y) } }
        let runs = PathData.runs(points).map { run -> [Point] in
            var stepped: [Point] = []
            for point in run {
                if let previous = stepped.last { stepped.append(Point(x: point.x, y: previous.y)) }
                stepped.append(point)
            }
            return stepped
        }
        svg.path(PathData.polylines(runs), class: "ln \(Palette.strokeClass(firstColor))\(style.cssClass)")
    }
}
