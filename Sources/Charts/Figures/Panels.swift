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
/// Panels(title: "特征图", columns: 4, sharedColorBar: true) {
///     for channel in 0..<8 { Heatmap(matrix: maps[channel], showTicks: false) }
/// }
/// ```
public struct Panels {
    let title: String
    let columns: Int
    let axes: PanelAxes
    let sharedColorBar: Bool
    let panelWidth: Double
    let panelHeight: Double
    let items: [PanelItem]

    /// Panels laid out left to right, `columns` per row, each `panelWidth`×`panelHeight` pixels.
    ///
    /// - Parameters:
    ///   - title: shown above the grid.
    ///   - columns: how many panels a row holds.
    ///   - axes: which ranges the panels share (`.independent`, `.shared`, `.sharedX`, `.sharedY`).
    ///   - sharedColorBar: draw one colour bar, right of the grid, for all the heatmaps instead of one
    ///     each. The heatmaps then share one colour range (the union of their own ranges, symmetric about
    ///     zero for a diverging map) and the first heatmap's colour map.
    ///   - panelWidth: the width of each panel in pixels.
    ///   - panelHeight: the height of each panel in pixels.
    ///   - content: the charts, heatmaps and contour plots, one per line; `for` and `if` work too.
    public init(title: String = "", columns: Int, axes: PanelAxes = .independent, sharedColorBar: Bool = false,
                panelWidth: Double = 240, panelHeight: Double = 220, @PanelsBuilder _ content: () -> PanelContent) {
        self.title = title
        self.columns = max(1, columns)
        self.axes = axes
        self.sharedColorBar = sharedColorBar
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
        let gridWidth = panelWidth * Double(min(columns, max(plots.count, 1)))
        let height = titleHeight + panelHeight * Double(rowCount)
        let frames = plots.indices.map { index in
            Rect(x: Double(index % columns) * panelWidth, y: titleHeight + Double(index / columns) * panelHeight,
                 width: panelWidth, height: panelHeight)
        }
        var svg = SVGWriter()
        if !title.isEmpty {
            svg.text(title, x: gridWidth / 2, y: PlotLayout.padding + 15, class: "tt", anchor: .middle)
            svg.raw("\n")
        }
        if plots.isEmpty {
            svg.text("No panels to show", x: gridWidth / 2, y: titleHeight + panelHeight / 2, class: "nt", anchor: .middle)
        }
        for (index, plot) in plots.enumerated() {
            svg.raw(PlotRenderer.render(plot, in: frames[index], idPrefix: "\(SVGDocument.idPlaceholder)-\(index)"))
        }
        var width = gridWidth
        if let bar = sharedColorBarSpec {
            width += drawSharedColorBar(bar, plots: plots, frames: frames, gridWidth: gridWidth, into: &svg)
        }
        return SVGDocument.make(width: width, height: height, title: title.isEmpty ? "Panels" : title,
                                description: descriptionLines(plots), colorCount: plots.map(\.colorCount).max() ?? 0,
                                body: svg.output)
    }

    /// A plain-text description for terminals: one block per panel.
    public var summary: String { descriptionLines(plots).joined(separator: "\n") }

    /// Problems an author should fix, one sentence each, naming the panel: a panel that draws nothing.
    /// A note's build reports them as warnings at the line that showed the panels.
    public var warnings: [String] {
        plots.enumerated().flatMap { index, plot in plot.warnings.map { "panel \(index + 1): \($0)" } }
    }

    private func descriptionLines(_ plots: [Plot]) -> [String] {
        var lines = ["\(plots.count) panel\(plots.count == 1 ? "" : "s") in \(columns) column\(columns == 1 ? "" : "s")"
            + (title.isEmpty ? "." : ": \(title).")]
        if plots.isEmpty { lines.append("No panels to show.") }
        if let bar = sharedColorBarSpec {
            lines.append("The heatmaps share one \(bar.colorMap.name) colour bar for values \(NumberText.range(bar.domain)).")
        }
        for (index, plot) in plots.enumerated() {
            lines.append("Panel \(index + 1): " + plot.descriptionLines.joined(separator: " "))
        }
        return lines
    }

    /// The plots of the panels, with shared ranges applied.
    var plots: [Plot] {
        let colors = sharedColorBarSpec
        var plots = items.map { item -> Plot in
            switch item {
            case .plot(let plot): return plot
            case .heatmap(let heatmap):
                return heatmap.plot(sharedRange: axes == .shared ? sharedColorRange : nil, sharedColors: colors)
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

    /// The heatmaps of the grid.
    private var heatmaps: [Heatmap] {
        items.compactMap { item in if case .heatmap(let heatmap) = item { return heatmap } else { return nil } }
    }

    /// The union of the heatmaps' data ranges.
    private var sharedColorRange: ClosedRange<Double>? {
        union(heatmaps.compactMap(\.valueRange))
    }

    /// The one colour bar for all heatmaps, when asked for and there is a heatmap with a finite value.
    var sharedColorBarSpec: ColorBarSpec? {
        guard sharedColorBar, let first = heatmaps.first, var domain = union(heatmaps.compactMap(\.ownRange)) else { return nil }
        let map = first.colorMap.resolved(for: domain)
        if map.isDiverging {
            let magnitude = max(abs(domain.lowerBound), abs(domain.upperBound))
            domain = -magnitude...magnitude
        }
        return ColorBarSpec(colorMap: map, domain: domain)
    }

    private func union(_ ranges: [ClosedRange<Double>]) -> ClosedRange<Double>? {
        guard let first = ranges.first else { return nil }
        return ranges.reduce(first) { min($0.lowerBound, $1.lowerBound)...max($0.upperBound, $1.upperBound) }
    }

    /// Draws the shared colour bar right of the grid, as tall as the heatmaps' cells span; returns the
    /// width it takes.
    private func drawSharedColorBar(_ bar: ColorBarSpec, plots: [Plot], frames: [Rect], gridWidth: Double,
                                    into svg: inout SVGWriter) -> Double {
        let areas = items.indices.compactMap { index -> Rect? in
            guard case .heatmap = items[index] else { return nil }
            return PlotLayout(plot: plots[index], frame: frames[index]).area
        }
        let top = areas.map(\.y).min() ?? PlotLayout.padding
        let bottom = areas.map(\.maxY).max() ?? top + 100
        let rect = Rect(x: gridWidth + PlotLayout.padding, y: top, width: ColorBarSpec.barWidth, height: max(20, bottom - top))
        let ticks = bar.ticks(length: rect.height)
        bar.draw(in: rect, ticks: ticks, gradientID: "\(SVGDocument.idPlaceholder)-g", into: &svg)
        svg.raw("\n")
        return bar.width(ticks: ticks) - ColorBarSpec.gap + 2 * PlotLayout.padding
    }
}
