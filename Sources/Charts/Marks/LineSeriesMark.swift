/// A mark drawn as one line through one series (`Line`, `Step`): one colour, a line swatch in the legend,
/// and the series' extent and notes.
protocol LineSeriesMark: Mark {
    var data: SeriesData { get }
    var style: LineStyle { get }
    /// The marker drawn at each data point, if any.
    var marker: MarkerShape? { get }
}

extension LineSeriesMark {
    var marker: MarkerShape? { nil }
    var colorCount: Int { 1 }
    var hasIntegerX: Bool { data.xsAreIntegers }

    func extent(x: ScaleType, y: ScaleType) -> Extent { data.extent(x: x, y: y) }

    func legendEntries(firstColor: Int) -> [LegendEntry] {
        data.name.isEmpty ? [] : [LegendEntry(label: data.name, colorIndex: firstColor, swatch: .line(style, marker: marker))]
    }

    func notes(x: ScaleType, y: ScaleType) -> [DataNote] { data.notes(x: x, y: y) }
}
