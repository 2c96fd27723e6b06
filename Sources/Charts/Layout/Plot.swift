/// Everything one plot shows: title, axes, marks and size. Charts, heatmaps and contour plots are plots.
struct Plot {
    /// What the plot is called in descriptions when it has no title ("Line chart", "Heatmap").
    var kind: String
    var title: String
    var x: AxisConfig
    var y: AxisConfig
    var marks: [any Mark]
    /// The outer size when the plot is drawn on its own.
    var width: Double
    var height: Double
    /// The width-to-height ratio the plot area must keep (square heatmap cells), if any.
    var plotAspect: Double? = nil
    /// Whether to show a legend; nil shows one when there are two entries or more.
    var showsLegend: Bool? = nil
    /// Extra words from the author for the description.
    var extraDescription: String? = nil
    /// Whether the sentences about skipped values stay out of the picture (they stay in the description).
    var quietAboutSkippedValues = false
    /// Whether the colour bar is left out because the figure draws one for several plots (panels).
    var hidesColorBar = false

    /// The colour index of each mark's first colour, taking palette colours in turn.
    var firstColors: [Int] {
        var next = 0
        return marks.map { mark in
            defer { next += mark.colorCount }
            return next
        }
    }

    /// How many palette colours the marks use: one run of series colours, or further when a mark
    /// colours its values itself.
    var colorCount: Int {
        max(marks.reduce(0) { $0 + $1.colorCount }, marks.map(\.paletteReach).max() ?? 0)
    }

    /// The legend entries of all marks, in order.
    var legendEntries: [LegendEntry] {
        let entries = zip(marks, firstColors).flatMap { $0.legendEntries(firstColor: $1) }
        return (showsLegend ?? (entries.count >= 2)) ? entries : []
    }

    /// The range of all drawable data.
    var dataExtent: Extent {
        marks.reduce(Extent()) { $0.union($1.extent(x: x.type, y: y.type)) }
    }

    /// Whether there is no data to draw at all (decorations do not count).
    var isEmpty: Bool {
        marks.filter { $0.chartKind != nil }.allSatisfy { $0.extent(x: x.type, y: y.type) == Extent() }
    }

    /// Sentences about data that could not be drawn.
    var notes: [String] {
        marks.flatMap { $0.notes(x: x.type, y: y.type) }.map(\.text)
    }

    /// The notes drawn under the plot: all of them, or, for a plot quiet about skipped values, the others.
    var visibleNotes: [String] {
        marks.flatMap { $0.notes(x: x.type, y: y.type) }
            .filter { !(quietAboutSkippedValues && $0.aboutSkippedValues) }.map(\.text)
    }

    /// Whether the plot draws no data at all: no data marks, or none with a value it can show.
    var drawsNothing: Bool {
        marks.filter { $0.chartKind != nil }.allSatisfy { $0.isBlank(x: x.type, y: y.type) }
    }

    /// Problems an author should fix, one sentence each (the build reports them as warnings): a plot
    /// that draws nothing, and why.
    var warnings: [String] {
        guard drawsNothing else { return [] }
        let name = kind.prefix(1).lowercased() + kind.dropFirst() + (title.isEmpty ? "" : " “\(title)”")
        let reasons = notes
        return ["\(name) draws nothing: " + (reasons.isEmpty ? "it was given no data." : reasons.joined(separator: " "))]
    }

    /// The colour bar of the first mark that has one (none when the figure draws a shared one).
    var colorBar: ColorBarSpec? {
        hidesColorBar ? nil : marks.lazy.compactMap(\.colorBar).first
    }

    /// A description in plain sentences: what the plot is, its axes, each mark, and what was skipped.
    var descriptionLines: [String] {
        var lines = [title.isEmpty ? "\(kind)." : "\(kind): \(title)."]
        let axes = [("x", x), ("y", y)].compactMap { name, axis -> String? in
            guard !axis.title.isEmpty || axis.type == .log else { return nil }
            return "\(name) axis\(axis.title.isEmpty ? "" : " “\(axis.title)”")\(axis.type == .log ? " (log scale)" : "")"
        }
        if !axes.isEmpty { lines.append("Axes: " + axes.joined(separator: ", ") + ".") }
        lines += marks.map { capitalized($0.summary(x: x.type, y: y.type)) }
        if isEmpty { lines.append("No data to plot.") }
        lines += notes
        if let extraDescription, !extraDescription.isEmpty { lines.append(extraDescription) }
        return lines
    }

    private func capitalized(_ sentence: String) -> String {
        guard let first = sentence.first else { return sentence }
        return first.uppercased() + sentence.dropFirst()
    }
}
