/// The marks of a chart, as collected by ``ChartBuilder``.
public struct ChartContent {
    var marks: [any Mark]

    /// No marks.
    public init() {
        marks = []
    }

    init(_ marks: [any Mark]) {
        self.marks = marks
    }
}

/// Collects marks written one per line in a chart's trailing closure; `if` and `for` work too.
@resultBuilder
public enum ChartBuilder {
    public static func buildExpression(_ line: Line) -> ChartContent { ChartContent([line]) }
    public static func buildExpression(_ scatter: Scatter) -> ChartContent { ChartContent([scatter]) }
    public static func buildExpression(_ step: Step) -> ChartContent { ChartContent([step]) }
    public static func buildExpression(_ bar: Bar) -> ChartContent { ChartContent([bar]) }
    public static func buildExpression(_ bars: GroupedBar) -> ChartContent { ChartContent([bars]) }
    public static func buildExpression(_ histogram: Histogram) -> ChartContent { ChartContent([histogram]) }
    public static func buildExpression(_ line: ReferenceLine) -> ChartContent { ChartContent([line]) }
    public static func buildExpression(_ annotation: Annotation) -> ChartContent { ChartContent([annotation]) }
    public static func buildExpression(_ trajectory: Trajectory) -> ChartContent { ChartContent([trajectory]) }
    public static func buildExpression(_ content: ChartContent) -> ChartContent { content }

    public static func buildBlock(_ parts: ChartContent...) -> ChartContent { ChartContent(parts.flatMap(\.marks)) }
    public static func buildOptional(_ part: ChartContent?) -> ChartContent { part ?? ChartContent() }
    public static func buildEither(first part: ChartContent) -> ChartContent { part }
    public static func buildEither(second part: ChartContent) -> ChartContent { part }
    public static func buildArray(_ parts: [ChartContent]) -> ChartContent { ChartContent(parts.flatMap(\.marks)) }
}
