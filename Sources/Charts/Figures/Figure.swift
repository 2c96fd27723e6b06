/// Turns plots into complete SVG documents.
enum Figure {
    /// A standalone SVG for one plot.
    static func svg(of plot: Plot) -> String {
        let body = PlotRenderer.render(plot, in: Rect(x: 0, y: 0, width: plot.width, height: plot.height),
                                       idPrefix: SVGDocument.idPlaceholder + "-")
        return SVGDocument.make(width: plot.width, height: plot.height, title: plot.title.isEmpty ? plot.kind : plot.title,
                                description: plot.descriptionLines, colorCount: plot.colorCount, body: body)
    }
}
