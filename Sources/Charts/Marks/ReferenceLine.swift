/// A dashed horizontal or vertical line at a value, with an optional label.
///
/// ```swift
/// ReferenceLine(y: 0.25, label: "max σ' = 1/4")
/// ReferenceLine(x: 0)
/// ```
public struct ReferenceLine: Mark {
    enum Orientation { case horizontal, vertical }

    let orientation: Orientation
    let value: Double
    let label: String

    /// A horizontal line at `y`.
    public init(y: Double, label: String = "") {
        orientation = .horizontal
        value = y
        self.label = label
    }

    /// A vertical line at `x`.
    public init(x: Double, label: String = "") {
        orientation = .vertical
        value = x
        self.label = label
    }

    var drawsUnclipped: Bool { true }
    private var axisName: String { orientation == .horizontal ? "y" : "x" }

    func extent(x: ScaleType, y: ScaleType) -> Extent {
        var extent = Extent()
        if orientation == .horizontal, y.accepts(value) { extent.includeY(value) }
        if orientation == .vertical, x.accepts(value) { extent.includeX(value) }
        return extent
    }

    func summary(x: ScaleType, y: ScaleType) -> String {
        "reference line \(axisName) = \(NumberText.short(value))\(label.isEmpty ? "" : " (“\(label)”)")."
    }

    func notes(x: ScaleType, y: ScaleType) -> [DataNote] {
        let type = orientation == .horizontal ? y : x
        guard !type.accepts(value) else { return [] }
        return [DataNote("Reference line \(axisName) = \(NumberText.short(value)) cannot be shown on the \(type == .log ? "log " : "")\(axisName) axis.")]
    }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        let area = canvas.area
        switch orientation {
        case .horizontal:
            guard canvas.y.contains(value), let py = canvas.y.position(value) else { return }
            svg.line(area.x, py, area.maxX, py, class: "rf")
            if !label.isEmpty { svg.text(label, x: area.maxX - 4, y: py - 5, class: "nt lb", anchor: .end) }
        case .vertical:
            guard canvas.x.contains(value), let px = canvas.x.position(value) else { return }
            svg.line(px, area.y, px, area.maxY, class: "rf")
            if !label.isEmpty {
                let onRight = px < area.midX
                svg.text(label, x: onRight ? px + 4 : px - 4, y: area.y + 12, class: "nt lb", anchor: onRight ? .start : .end)
            }
        }
    }
}
