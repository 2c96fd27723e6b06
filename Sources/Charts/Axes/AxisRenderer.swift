/// Draws axis lines, tick marks, tick labels, grid lines and axis titles.
enum AxisRenderer {
    static let tickLength = 5.0

    /// Grid lines for both axes (drawn first, beneath the data).
    static func drawGrid(x: AxisTicks, y: AxisTicks, canvas: PlotCanvas, xConfig: AxisConfig, yConfig: AxisConfig,
                         into svg: inout SVGWriter) {
        let area = canvas.area
        var d = ""
        if xConfig.grid {
            for value in x.values { if let px = canvas.x.position(value) { d += "M\(n(px)),\(n(area.y))V\(n(area.maxY))" } }
        }
        if yConfig.grid {
            for value in y.values { if let py = canvas.y.position(value) { d += "M\(n(area.x)),\(n(py))H\(n(area.maxX))" } }
        }
        svg.path(d, class: "gr")
    }

    /// The x axis along the bottom of the plot area: line, ticks, labels and title.
    static func drawX(_ ticks: AxisTicks, config: AxisConfig, canvas: PlotCanvas, into svg: inout SVGWriter) {
        let area = canvas.area
        var d = config.line ? "M\(n(area.x)),\(n(area.maxY))H\(n(area.maxX))" : ""
        for value in ticks.values { if let px = canvas.x.position(value) { d += "M\(n(px)),\(n(area.maxY))v\(n(tickLength))" } }
        for value in ticks.minor { if let px = canvas.x.position(value) { d += "M\(n(px)),\(n(area.maxY))v3" } }
        svg.path(d, class: "ax")
        let baseline = area.maxY + tickLength + 3 + AxisTicks.fontSize * 0.85
        for (value, label) in zip(ticks.values, ticks.labels) {
            guard let px = canvas.x.position(value) else { continue }
            if ticks.rotated {
                svg.text(label, x: px + 3, y: baseline, anchor: .end, rotation: -AxisTicks.rotation)
            } else {
                svg.text(label, x: px, y: baseline, anchor: .middle)
            }
        }
        if !config.title.isEmpty {
            let titleBaseline = area.maxY + tickLength + 3 + ticks.horizontalLabelHeight + 6 + 12
            svg.text(config.title, x: area.midX, y: titleBaseline, anchor: .middle)
        }
    }

    /// The y axis along the left of the plot area: line, ticks, labels and the title turned upright.
    static func drawY(_ ticks: AxisTicks, config: AxisConfig, canvas: PlotCanvas, titleX: Double, into svg: inout SVGWriter) {
        let area = canvas.area
        var d = config.line ? "M\(n(area.x)),\(n(area.y))V\(n(area.maxY))" : ""
        for value in ticks.values { if let py = canvas.y.position(value) { d += "M\(n(area.x)),\(n(py))h\(n(-tickLength))" } }
        for value in ticks.minor { if let py = canvas.y.position(value) { d += "M\(n(area.x)),\(n(py))h-3" } }
        svg.path(d, class: "ax")
        for (value, label) in zip(ticks.values, ticks.labels) {
            guard let py = canvas.y.position(value) else { continue }
            svg.text(label, x: area.x - tickLength - 3, y: py + AxisTicks.fontSize * 0.35, anchor: .end)
        }
        if !config.title.isEmpty {
            svg.text(config.title, x: titleX, y: area.midY, anchor: .middle, rotation: -90)
        }
    }

    private static func n(_ value: Double) -> String { SVGText.number(value) }
}
