/// One panel: a chart or contour plot (already a plot), or a heatmap (whose colour range may be shared).
enum PanelItem {
    case plot(Plot)
    case heatmap(Heatmap)
}

/// The panels collected by ``PanelsBuilder``.
public struct PanelContent {
    var items: [PanelItem]

    /// No panels.
    public init() {
        items = []
    }

    init(_ items: [PanelItem]) {
        self.items = items
    }
}

/// Collects the charts, heatmaps and contour plots of a panel grid; `if` and `for` work too.
@resultBuilder
public enum PanelsBuilder {
    public static func buildExpression(_ chart: Chart) -> PanelContent { PanelContent([.plot(chart.plot)]) }
    public static func buildExpression(_ contour: Contour) -> PanelContent { PanelContent([.plot(contour.plot)]) }
    public static func buildExpression(_ heatmap: Heatmap) -> PanelContent { PanelContent([.heatmap(heatmap)]) }
    public static func buildBlock(_ parts: PanelContent...) -> PanelContent { PanelContent(parts.flatMap(\.items)) }
    public static func buildOptional(_ part: PanelContent?) -> PanelContent { part ?? PanelContent() }
    public static func buildEither(first part: PanelContent) -> PanelContent { part }
    public static func buildEither(second part: PanelContent) -> PanelContent { part }
    public static func buildArray(_ parts: [PanelContent]) -> PanelContent { PanelContent(parts.flatMap(\.items)) }
}
