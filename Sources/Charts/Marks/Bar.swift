/// One bar per category, from zero to the value.
///
/// ```swift
/// Bar("accuracy", categories: ["SGD", "Momentum", "Adam"], values: [0.91, 0.95, 0.97])
/// ```
public struct Bar: Mark {
    let name: String
    let categories: [String]?
    let values: [Double]
    let unpairedCount: Int

    /// Bars for `categories`, with heights `values` (extra names or values are ignored and noted).
    public init(_ name: String = "", categories: [String], values: some ChartSeriesConvertible) {
        let all = values.chartValues
        let count = min(categories.count, all.count)
        self.name = name
        self.categories = Array(categories.prefix(count))
        self.values = Array(all.prefix(count))
        unpairedCount = max(categories.count, all.count) - count
    }

    var chartKind: String? { "Bar chart" }
    var colorCount: Int { 1 }

    func extent(x: ScaleType, y: ScaleType) -> Extent {
        var extent = Extent()
        guard values.contains(where: y.accepts) else { return extent }
        extent.includeX(-0.5)
        extent.includeX(Double(values.count) - 0.5)
        if y == .linear { extent.includeY(0) }
        for value in values where y.accepts(value) { extent.includeY(value) }
        return extent
    }

    func legendEntries(firstColor: Int) -> [LegendEntry] {
        name.isEmpty ? [] : [LegendEntry(label: name, colorIndex: firstColor, swatch: .box)]
    }

    func summary(x: ScaleType, y: ScaleType) -> String {
        "bars\(name.isEmpty ? "" : " “\(name)”"): \(categorySummary(categories ?? [], values))."
    }

    func notes(x: ScaleType, y: ScaleType) -> [String] {
        var notes = barNotes(label: name, values: values, y: y)
        if unpairedCount > 0 {
            notes.append(DataNotes.sentence(name, "categories and values differ in length; ignored \(unpairedCount)."))
        }
        return notes
    }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        svg.openGroup("class=\"\(Palette.fillClass(firstColor))\"")
        for (index, value) in values.enumerated() {
            let center = Double(index)
            if let rect = barRect(left: center - 0.35, right: center + 0.35, value: value, on: canvas) { svg.rect(rect) }
        }
        svg.closeGroup()
    }
}
