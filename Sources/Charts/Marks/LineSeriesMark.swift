/// A mark drawn as one line through one series (`Line`, `Step`): one colour, a line swatch in the legend,
/// and the series' extent and notes.
protocol LineSeriesMark: Mark {
    var data: SeriesData { get }
    var style: LineStyle { get }
}

extension LineSeriesMark {
    var colorCount: Int { 1 }
    var hasIntegerX: Bool { data.xsAreIntegers }

    func extent(x: ScaleType, y: ScaleType) -> Extent { data.extent(x: x, y: y) }

    func legendEntries(firstColor: Int) -> [LegendEntry] {
        data.name.isEmpty ? [] : [LegendEntry(label: data.name, colorIndex: firstColor, swatch: .line(style))]
    }

    func notes(x: ScaleType, y: ScaleType) -> [String] { data.notes(x: x, y: y) }
}
