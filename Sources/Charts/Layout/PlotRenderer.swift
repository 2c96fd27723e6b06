/// Draws one plot into a frame of an SVG: grid, marks (clipped to the plot area), axes, legend,
/// title, colour bar and notes.
enum PlotRenderer {
    /// The SVG elements of `plot` laid out in `frame`; ids start with `idPrefix`.
    static func render(_ plot: Plot, in frame: Rect, idPrefix: String) -> String {
        let layout = PlotLayout(plot: plot, frame: frame)
        let scales = layout.scales(for: plot)
        let area = layout.area
        let canvas = PlotCanvas(area: area, x: scales.x, y: scales.y, idPrefix: idPrefix)
        var svg = SVGWriter()

        AxisRenderer.drawGrid(x: layout.xTicks, y: layout.yTicks, canvas: canvas, xConfig: plot.x, yConfig: plot.y, into: &svg)
        svg.raw("\n")
        let clipID = "\(idPrefix)c"
        svg.raw("<clipPath id=\"\(clipID)\">")
        svg.rect(Rect(x: area.x - 4, y: area.y - 4, width: area.width + 8, height: area.height + 8))
        svg.raw("</clipPath>\n")
        svg.openGroup("clip-path=\"url(#\(clipID))\"")
        for (mark, color) in zip(plot.marks, plot.firstColors) where !mark.drawsUnclipped {
            mark.draw(on: canvas, firstColor: color, into: &svg)
            svg.raw("\n")
        }
        svg.closeGroup()
        svg.raw("\n")

        AxisRenderer.drawX(layout.xTicks, config: plot.x, canvas: canvas, into: &svg)
        svg.raw("\n")
        AxisRenderer.drawY(layout.yTicks, config: plot.y, canvas: canvas,
                           titleX: area.x - AxisRenderer.tickLength - 4 - layout.yTicks.widestLabel - 5, into: &svg)
        svg.raw("\n")
        for (mark, color) in zip(plot.marks, plot.firstColors) where mark.drawsUnclipped {
            mark.draw(on: canvas, firstColor: color, into: &svg)
            svg.raw("\n")
        }
        if plot.isEmpty {
            svg.text("No data to plot", x: area.midX, y: area.midY + 4, class: "nt", anchor: .middle)
            svg.raw("\n")
        }

        let titleHeight = plot.title.isEmpty ? 0 : PlotLayout.titleHeight
        if !layout.legend.rows.isEmpty {
            layout.legend.draw(x: area.x, y: frame.y + PlotLayout.padding + titleHeight, into: &svg)
            svg.raw("\n")
        }
        if !plot.title.isEmpty {
            drawTitle(plot.title, centeredOver: area, in: frame, into: &svg)
        }
        if let colorBar = plot.colorBar {
            let rect = Rect(x: area.maxX + ColorBarSpec.gap, y: area.y, width: ColorBarSpec.barWidth, height: area.height)
            colorBar.draw(in: rect, ticks: layout.colorBarTicks, gradientID: "\(idPrefix)g", into: &svg)
            svg.raw("\n")
        }
        drawNotes(layout, plot: plot, into: &svg)
        return svg.output
    }

    /// The title, centred over the plot area but kept inside the frame.
    private static func drawTitle(_ title: String, centeredOver area: Rect, in frame: Rect, into svg: inout SVGWriter) {
        let halfWidth = TextMetrics.width(title, fontSize: 14) / 2
        let low = frame.x + PlotLayout.padding + halfWidth, high = frame.maxX - PlotLayout.padding - halfWidth
        let x = low > high ? frame.midX : min(max(area.midX, low), high)
        svg.text(title, x: x, y: frame.y + PlotLayout.padding + 14, class: "tt", anchor: .middle)
        svg.raw("\n")
    }

    /// The notes about skipped data, under the x axis.
    private static func drawNotes(_ layout: PlotLayout, plot: Plot, into svg: inout SVGWriter) {
        var baseline = layout.area.maxY + AxisRenderer.tickLength + 3 + layout.xTicks.horizontalLabelHeight + 6
            + (plot.x.title.isEmpty ? 0 : PlotLayout.axisTitleHeight) + PlotLayout.noteFontSize
        for line in layout.noteLines {
            svg.text(line, x: layout.frame.x + PlotLayout.padding, y: baseline, class: "nt")
            svg.raw("\n")
            baseline += PlotLayout.noteLineHeight
        }
    }
}
