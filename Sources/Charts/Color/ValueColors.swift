/// How the bars of a ``Bar`` or the points of a ``Scatter`` take their colours one by one, instead of
/// all taking the series' colour.
///
/// ```swift
/// Bar("Δw", categories: layers, values: changes, colors: .bySign())      // blue ≥ 0, vermillion < 0
/// Bar(categories: names, values: scores, colors: [.blue, .blue, .orange])  // an array literal: .each
/// Scatter(x: xs, y: ys, colors: .byValue { $0 > 0.5 ? .bluishGreen : .reddishPurple })
/// ```
///
/// A named mark coloured by sign gets two legend entries, "name ≥ 0" and "name < 0"; marks coloured
/// with `.each` or `.byValue` have no legend entry, as no one colour stands for them.
public struct ValueColors: ExpressibleByArrayLiteral {
    /// The colour of the value at `index`; nil for the series' own colour.
    let color: (_ index: Int, _ value: Double) -> ChartColor?
    /// Legend entries (label suffix, colour) that explain the colours, if they can be named.
    let legend: [(suffix: String, color: ChartColor)]
    /// How the colours are chosen, in words for descriptions.
    let name: String

    /// The i-th colour for the i-th bar or point; values beyond the array take the series' colour.
    public static func each(_ colors: [ChartColor]) -> ValueColors {
        ValueColors(color: { index, _ in colors.indices.contains(index) ? colors[index] : nil },
                    legend: [], name: "each its own colour")
    }

    /// The colour that `rule` gives each value (the bar's height, the point's y).
    public static func byValue(_ rule: @escaping (Double) -> ChartColor) -> ValueColors {
        ValueColors(color: { _, value in rule(value) }, legend: [], name: "coloured by value")
    }

    /// `positive` for values ≥ 0, `negative` for values < 0 (the bar's height, the point's y).
    public static func bySign(positive: ChartColor = .blue, negative: ChartColor = .vermillion) -> ValueColors {
        ValueColors(color: { _, value in value < 0 ? negative : positive },
                    legend: [("≥ 0", positive), ("< 0", negative)], name: "coloured by sign")
    }

    /// The colours of an array literal, one per bar or point, as `.each` takes them.
    public init(arrayLiteral colors: ChartColor...) {
        self = .each(colors)
    }

    init(color: @escaping (Int, Double) -> ChartColor?, legend: [(suffix: String, color: ChartColor)], name: String) {
        self.color = color
        self.legend = legend
        self.name = name
    }

    /// The palette index of each value: its own colour's, or `seriesColor` where it has none.
    func indices(for values: [Double], seriesColor: Int) -> [Int] {
        values.enumerated().map { color($0.offset, $0.element)?.index ?? seriesColor }
    }

    /// Legend entries for the mark called `name`, or none when the mark has no name.
    func legendEntries(name: String, swatch: LegendEntry.Swatch) -> [LegendEntry] {
        guard !name.isEmpty else { return [] }
        return legend.map { LegendEntry(label: "\(name) \($0.suffix)", colorIndex: $0.color.index, swatch: swatch) }
    }

    /// How many palette colours the colours reach (the highest index used, plus one), so the chart's
    /// style sheet defines them all.
    func paletteReach(for values: [Double]) -> Int {
        var reach = legend.map { $0.color.index + 1 }.max() ?? 0
        for (index, value) in values.enumerated() {
            if let color = color(index, value) { reach = max(reach, color.index + 1) }
        }
        return reach
    }
}
