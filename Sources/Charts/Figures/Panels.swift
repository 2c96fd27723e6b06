/// Which axes the panels of a grid share.
public enum PanelAxes: Sendable, Equatable {
    /// Each panel fits its own data.
    case independent
    /// Charts share x and y ranges; heatmaps share one colour range.
    case shared
    /// Charts share the x range only.
    case sharedX
    /// Charts share the y range only.
    case sharedY
}

/// A grid of small charts, heatmaps and contour plots in one SVG (e.g. input, kernel, response, pooled output).
///
/// ```swift
/// Panels(title: "卷积", columns: 4) {
///     Heatmap(title: "输入", matrix: image)
///     Heatmap(title: "卷积核", matrix: kernel)
///     Heatmap(title: "响应", matrix: response)
///     Heatmap(title: "池化", matrix: pooled)
/// }
/// ```
public struct Panels {
    let title: String
    let columns: Int
    let axes: PanelAxes
    let panelWidth: Double
    let panelHeight: Double
    let items: [PanelItem]

    /// Panels laid out left to right, `columns` per row, each `panelWidth`×`panelHeight` pixels.
    public init(title: String = "", columns: Int, axes: PanelAxes = .independent,
                panelWidth: Double = 240, panelHeight: Double = 220, @PanelsBuilder _ content: () -> PanelContent) {
        self.title = title
        self.columns = max(1, columns)
        self.axes = axes
        self.panelWidth = panelWidth
        self.panelHeight = panelHeight
        items = content().items
    }

    /// The panel grid as one standalone SVG element.
    public var svg: String { render() }

    /// The panel grid as one standalone SVG element.
    public func render() -> String {
        let plots = self.plots
        let titleHeight = title.isEmpty ? 0 : PlotLayout.titleHeight + 4
        let rowCount = max(1, (plots.count + columns - 1) / columns)
        let width = panelWidth * Double(min(columns, max(plots.count, 1)))
        let height = titleHeight + panelHeight * Double(rowCount)
        var svg = SVGWriter()
        if !title.isEmpty {
            svg.text(title, x: width / 2, y: PlotLayout.padding + 15, class: "tt", anchor: .middle)
            svg.raw("\n")
        }
        if plots.isEmpty {
            svg.text("No panels to show", x: width / 2, y: titleHeight + panelHeight / 2, class: "nt", anchor: .middle)
        }
        for (index, plot) in plots.enumerated() {
            let frame = Rect(x: Double(index % columns) * panelWidth, y: titleHeight + Double(index / columns) * panelHeight,
                             width: panelWidth, height: panelHeight)
            svg.raw(PlotRenderer.render(plot, in: frame, idPrefix: "\(SVGDocument.idPlaceholder)-\(index)"))
        }
        return SVGDocument.make(width: width, height: height, title: title.isEmpty ? "Panels" : title,
                                description: descriptionLines(plots), colorCount: plots.map(\.colorCount).max() ?? 0,
                                body: svg.output)
    }

    /// A plain-text description for terminals: one block per panel.
    public var summary: String { descriptionLines(plots).joined(separator: "\n") }

    private func descriptionLines(_ plots: [Plot]) -> [String] {
        var lines = ["\(plots.count) panel\(plots.count == 1 ? "" : "s") in \(columns) column\(columns == 1 ? "" : "s")"
            + (title.isEmpty ? "." : ": \(title).")]
        if plots.isEmpty { lines.append("No panels to show.") }
        for (index, plot) in plots.enumerated() {
            lines.append("Panel \(index + 1): " + plot.descriptionLines.joined(separator: " "))
        }
        return lines
    }

    /// The plots of the panels, with shared ranges applied.
    var plots: [Plot] {
        var plots = items.map { item -> Plot in
            switch item {
            case .plot(let plot): return plot
            case .heatmap(let heatmap): return heatmap.plot(sharedRange: axes == .shared ? sharedColorRange : nil)
            }
        }
        for index in plots.indices { (plots[index].width, plots[index].height) = (panelWidth, panelHeight) }
        let chartIndices = items.indices.filter { if case .plot = items[$0] { return true } else { return false } }
        let extent = chartIndices.reduce(Extent()) { $0.union(plots[$1].dataExtent) }
        for index in chartIndices {
            if axes == .shared || axes == .sharedX { plots[index].x.sharedExtent = extent.x }
            if axes == .shared || axes == .sharedY { plots[index].y.sharedExtent = extent.y }
        }
        return plots
    }

    private var sharedColorRange: ClosedRange<Double>? {
        let ranges = items.compactMap { item -> ClosedRange<Double>? in
            if case .heatmap(let heatmap) = item { return heatmap.valueRange } else { return nil }
        }
        guard let first = ranges.first else { return nil }
        return ranges.reduce(first) { min($0.lowerBound, $1.lowerBound)...max($0.upperBound, $1.upperBound) }
    }
}
