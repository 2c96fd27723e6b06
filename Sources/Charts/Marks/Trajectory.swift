import Foundation

/// A path of points drawn with its steps visible, an open circle at the start and an arrowhead at the end
/// (an optimizer's path over a loss surface).
///
/// ```swift
/// Contour(function: loss, xRange: -2...2, yRange: -1...3) {
///     Trajectory("SGD", points: sgdPath)
/// }
/// ```
public struct Trajectory: Mark {
    let data: SeriesData

    /// A path through the given (x, y) points, in order.
    public init(_ name: String = "", points: [(Double, Double)]) {
        data = SeriesData(name: name, xs: points.map(\.0), ys: points.map(\.1))
    }

    /// A path through the points (`x[i]`, `y[i]`).
    public init(_ name: String = "", x: some ChartSeriesConvertible, y: some ChartSeriesConvertible) {
        data = SeriesData(name: name, xs: x.chartValues, ys: y.chartValues)
    }

    /// A path through the rows of an n×2 matrix (e.g. a tensor of parameter values per step).
    public init(_ name: String = "", points: some ChartMatrixConvertible) {
        let rows = points.chartRows
        data = SeriesData(name: name, xs: rows.map { $0.first ?? .nan }, ys: rows.map { $0.count > 1 ? $0[1] : .nan })
    }

    var chartKind: String? { "Trajectory plot" }
    var colorCount: Int { 1 }

    func extent(x: ScaleType, y: ScaleType) -> Extent { data.extent(x: x, y: y) }

    func legendEntries(firstColor: Int) -> [LegendEntry] {
        data.name.isEmpty ? [] : [LegendEntry(label: data.name, colorIndex: firstColor, swatch: .line(.solid))]
    }

    func summary(x: ScaleType, y: ScaleType) -> String {
        let valid = data.points(x: x, y: y).compactMap { $0 }
        var text = "trajectory\(data.name.isEmpty ? "" : " “\(data.name)”"): \(data.count) points"
        if let first = valid.first, let last = valid.last {
            text += " from (\(NumberText.short(first.x)), \(NumberText.short(first.y)))"
            text += " to (\(NumberText.short(last.x)), \(NumberText.short(last.y)))"
        }
        return text + "."
    }

    func notes(x: ScaleType, y: ScaleType) -> [DataNote] { data.notes(x: x, y: y) }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        let points = data.points(x: canvas.x.type, y: canvas.y.type).map { $0.flatMap { canvas.point($0.x, $0.y) } }
        let runs = PathData.runs(points)
        let d = PathData.polylines(runs)
        let color = Palette.strokeClass(firstColor)
        svg.path(d, class: "hl")
        svg.path(d, class: "ln \(color)")
        let drawn = runs.flatMap { $0 }
        if drawn.count <= 80 {
            svg.path(drawn.dropFirst().dropLast().map { MarkerShape.circle.path(at: $0, size: 2.2) }.joined(),
                     class: Palette.fillClass(firstColor))
        }
        if let start = drawn.first {
            svg.circle(start.x, start.y, radius: 4.5, class: "st \(color)")
        }
        if let last = runs.last?.last, let before = runs.last?.dropLast().last(where: { $0 != last }) {
            svg.path(arrowhead(from: before, to: last), class: Palette.fillClass(firstColor))
        }
    }

    /// A filled triangle pointing along the last step, its tip at `tip`.
    private func arrowhead(from tail: Point, to tip: Point) -> String {
        let angle = atan2(tip.y - tail.y, tip.x - tail.x)
        let length = 10.0, halfWidth = 4.5
        let baseX = tip.x - length * cos(angle), baseY = tip.y - length * sin(angle)
        let leftX = baseX + halfWidth * sin(angle), leftY = baseY - halfWidth * cos(angle)
        let rightX = baseX - halfWidth * sin(angle), rightY = baseY + halfWidth * cos(angle)
        func n(_ value: Double) -> String { SVGText.number(value) }
        return "M\(n(tip.x)),\(n(tip.y))L\(n(leftX)),\(n(leftY)) \(n(rightX)),\(n(rightY))z"
    }
}
