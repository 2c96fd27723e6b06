/// Several bars per category side by side, one colour per series.
///
/// ```swift
/// GroupedBar(categories: ["MLP", "CNN"], series: ["train": [0.98, 0.99], "test": [0.95, 0.98]])
/// ```
public struct GroupedBar: Mark {
    let categories: [String]?
    let series: [(name: String, values: [Double])]

    /// Bars for each category, one per series, in the order the series are written.
    public init(categories: [String], series: KeyValuePairs<String, any ChartSeriesConvertible>) {
        self.categories = categories
        self.series = series.map { ($0.key, $0.value.chartValues) }
    }

    /// Bars for each category, one per (name, values) series.
    public init(categories: [String], series: [(String, [Double])]) {
        self.categories = categories
        self.series = series.map { ($0.0, $0.1) }
    }

    private var categoryCount: Int { categories?.count ?? 0 }

    var chartKind: String? { "Grouped bar chart" }
    var colorCount: Int { series.count }

    func extent(x: ScaleType, y: ScaleType) -> Extent {
        var extent = Extent()
        guard series.contains(where: { $0.values.prefix(categoryCount).contains(where: y.accepts) }) else { return extent }
        extent.includeX(-0.5)
        extent.includeX(Double(categoryCount) - 0.5)
        if y == .linear { extent.includeY(0) }
        for (_, values) in series {
            for value in values.prefix(categoryCount) where y.accepts(value) { extent.includeY(value) }
        }
        return extent
    }

    func legendEntries(firstColor: Int) -> [LegendEntry] {
        series.enumerated().map { LegendEntry(label: $1.name, colorIndex: firstColor + $0, swatch: .box) }
    }

    func summary(x: ScaleType, y: ScaleType) -> String {
        "grouped bars: " + series.map { "“\($0.name)” (\(categorySummary(categories ?? [], $0.values)))" }.joined(separator: "; ") + "."
    }

    func notes(x: ScaleType, y: ScaleType) -> [DataNote] {
        series.flatMap { name, values -> [DataNote] in
            var notes = barNotes(label: name, values: Array(values.prefix(categoryCount)), y: y)
            if values.count != categoryCount {
                notes.append(DataNote(DataNotes.sentence(name, "has \(values.count) values for \(categoryCount) categories.")))
            }
            return notes
        }
    }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        let groupWidth = 0.8, gap = 0.02
        let barWidth = groupWidth / Double(max(series.count, 1))
        for (seriesIndex, (_, values)) in series.enumerated() {
            svg.openGroup("class=\"\(Palette.fillClass(firstColor + seriesIndex))\"")
            for (index, value) in values.prefix(categoryCount).enumerated() {
                let left = Double(index) - groupWidth / 2 + Double(seriesIndex) * barWidth
                if let rect = barRect(left: left + gap, right: left + barWidth - gap, value: value, on: canvas) { svg.rect(rect) }
            }
            svg.closeGroup()
        }
    }
}
