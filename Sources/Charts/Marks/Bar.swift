/// One bar per category, from zero to the value.
///
/// ```swift
/// Bar("accuracy", categories: ["SGD", "Momentum", "Adam"], values: [0.91, 0.95, 0.97])
/// Bar("Δw", categories: layers, values: changes, colors: .bySign())
/// ```
public struct Bar: Mark {
    let name: String
    let categories: [String]?
    let values: [Double]
    let unpairedCount: Int
    let colors: ValueColors?

    /// Bars for `categories`, with heights `values` (extra names or values are ignored and noted).
    ///
    /// - Parameters:
    ///   - name: the series' name, for the legend and the description.
    ///   - categories: one name per bar, along the x axis.
    ///   - values: the bars' heights.
    ///   - colors: a colour for each bar (`.bySign()`, `.each([…])`, `.byValue { … }`, or an array literal
    ///     of ``ChartColor``s); by default every bar takes the series' colour.
    public init(_ name: String = "", categories: [String], values: some ChartSeriesConvertible, colors: ValueColors? = nil) {
        let all = values.chartValues
        let count = min(categories.count, all.count)
        self.name = name
        self.categories = Array(categories.prefix(count))
        self.values = Array(all.prefix(count))
        unpairedCount = max(categories.count, all.count) - count
        self.colors = colors
    }

    var chartKind: String? { "Bar chart" }
    var colorCount: Int { 1 }
    var paletteReach: Int { colors?.paletteReach(for: values) ?? 0 }

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
        if let colors { return colors.legendEntries(name: name, swatch: .box) }
        return name.isEmpty ? [] : [LegendEntry(label: name, colorIndex: firstColor, swatch: .box)]
    }

    func summary(x: ScaleType, y: ScaleType) -> String {
        let coloring = colors.map { " (\($0.name))" } ?? ""
        return "bars\(name.isEmpty ? "" : " “\(name)”")\(coloring): \(categorySummary(categories ?? [], values))."
    }

    func notes(x: ScaleType, y: ScaleType) -> [DataNote] {
        var notes = barNotes(label: name, values: values, y: y)
        if unpairedCount > 0 {
            notes.append(DataNote(DataNotes.sentence(name, "categories and values differ in length; ignored \(unpairedCount).")))
        }
        return notes
    }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        let colorIndices = colors?.indices(for: values, seriesColor: firstColor) ?? values.map { _ in firstColor }
        // One group per colour, in the order the colours first appear.
        var order: [Int] = []
        var rects: [Int: [Rect]] = [:]
        for (index, value) in values.enumerated() {
            let center = Double(index)
            guard let rect = barRect(left: center - 0.35, right: center + 0.35, value: value, on: canvas) else { continue }
            let color = colorIndices[index]
            if rects[color] == nil { order.append(color) }
            rects[color, default: []].append(rect)
        }
        if order.isEmpty { order = [firstColor] }
        for color in order {
            svg.openGroup("class=\"\(Palette.fillClass(color))\"")
            for rect in rects[color] ?? [] { svg.rect(rect) }
            svg.closeGroup()
        }
    }
}
