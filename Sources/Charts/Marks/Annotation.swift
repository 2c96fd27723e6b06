/// A text label at a data point, with a small dot marking the point.
///
/// ```swift
/// Annotation("global minimum", x: 1, y: 1)
/// ```
public struct Annotation: Mark {
    let text: String
    let x: Double
    let y: Double
    let marker: Bool

    /// `text` next to the point (`x`, `y`); `marker: false` leaves out the dot.
    public init(_ text: String, x: Double, y: Double, marker: Bool = true) {
        self.text = text
        self.x = x
        self.y = y
        self.marker = marker
    }

    var drawsUnclipped: Bool { true }

    func extent(x xType: ScaleType, y yType: ScaleType) -> Extent {
        var extent = Extent()
        if xType.accepts(x) && yType.accepts(y) {
            extent.includeX(x)
            extent.includeY(y)
        }
        return extent
    }

    func summary(x: ScaleType, y: ScaleType) -> String {
        "annotation “\(text)” at (\(NumberText.short(self.x)), \(NumberText.short(self.y)))."
    }

    func notes(x xType: ScaleType, y yType: ScaleType) -> [DataNote] {
        xType.accepts(x) && yType.accepts(y) ? [] : [DataNote("Annotation “\(text)” lies where the axes cannot show it.")]
    }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        guard canvas.x.contains(x), canvas.y.contains(y), let point = canvas.point(x, y) else { return }
        if marker { svg.circle(point.x, point.y, radius: 3, class: "an") }
        let width = TextMetrics.width(text, fontSize: 12)
        let fitsRight = point.x + 7 + width <= canvas.area.maxX + 20
        let above = point.y - 16 >= canvas.area.y
        svg.text(text, x: fitsRight ? point.x + 7 : point.x - 7, y: above ? point.y - 7 : point.y + 16,
                 class: "lb", anchor: fitsRight ? .start : .end)
    }
}
