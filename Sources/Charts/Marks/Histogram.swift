import Foundation

/// Counts of values in equal-width bins, drawn as adjacent bars.
///
/// ```swift
/// Histogram(weights, bins: 30)
/// Histogram(activations)            // bin edges chosen as nice numbers
/// ```
public struct Histogram: Mark {
    let name: String
    /// Bin edges; one more than `counts`.
    let edges: [Double]
    let counts: [Int]
    let valueCount: Int
    let nonFiniteCount: Int
    let outsideCount: Int

    /// Bins `values`: `bins` equal bins over `range` (default: the data's range), or, without `bins`,
    /// about √n bins whose edges are nice numbers. NaN and ±∞ are skipped and noted.
    public init(_ values: some ChartSeriesConvertible, bins: Int? = nil, range: ClosedRange<Double>? = nil, name: String = "") {
        let all = values.chartValues
        let finite = all.filter(\.isFinite)
        self.name = name
        valueCount = all.count
        nonFiniteCount = all.count - finite.count
        guard let low = range?.lowerBound ?? finite.min(), let high = range?.upperBound ?? finite.max() else {
            edges = []; counts = []; outsideCount = 0
            return
        }
        let edges = Histogram.edges(low: low, high: high, bins: bins, count: finite.count)
        let width = (edges[edges.count - 1] - edges[0]) / Double(edges.count - 1)
        var counts = [Int](repeating: 0, count: edges.count - 1)
        var outside = 0
        for value in finite {
            guard value >= edges[0], value <= edges[edges.count - 1] else { outside += 1; continue }
            counts[min(Int((value - edges[0]) / width), counts.count - 1)] += 1
        }
        self.edges = edges
        self.counts = counts
        outsideCount = outside
    }

    /// Bin edges: exactly `bins` equal bins over low…high, or nice-number edges covering it.
    static func edges(low: Double, high: Double, bins: Int?, count: Int) -> [Double] {
        if low == high { return [low - 0.5, low + 0.5] }
        if let bins {
            let n = max(1, bins)
            return (0...n).map { $0 == n ? high : low + (high - low) * Double($0) / Double(n) }
        }
        let target = min(max(Int(Double(count).squareRoot().rounded(.up)), 5), 40)
        let step = NiceStep(span: high - low, maxIntervals: target)
        let first = step.lastIndex(atOrBelow: low), last = max(step.firstIndex(atOrAbove: high), first + 1)
        return (first...last).map(step.multiple)
    }

    var chartKind: String? { "Histogram" }
    var colorCount: Int { 1 }

    func extent(x: ScaleType, y: ScaleType) -> Extent {
        var extent = Extent()
        guard let first = edges.first, let last = edges.last else { return extent }
        for edge in [first, last] where x.accepts(edge) { extent.includeX(edge) }
        if y == .linear { extent.includeY(0) }
        for count in counts where y.accepts(Double(count)) { extent.includeY(Double(count)) }
        return extent
    }

    func legendEntries(firstColor: Int) -> [LegendEntry] {
        name.isEmpty ? [] : [LegendEntry(label: name, colorIndex: firstColor, swatch: .box)]
    }

    func summary(x: ScaleType, y: ScaleType) -> String {
        let subject = "histogram\(name.isEmpty ? "" : " “\(name)”")"
        guard let first = edges.first, let last = edges.last else { return "\(subject): no values." }
        return "\(subject): \(valueCount - nonFiniteCount - outsideCount) values in \(counts.count) bins "
            + "from \(NumberText.short(first)) to \(NumberText.short(last)), largest bin \(counts.max() ?? 0)."
    }

    func notes(x: ScaleType, y: ScaleType) -> [DataNote] {
        var notes = DataNotes.skipped(label: name, nonFinite: nonFiniteCount, nonPositive: 0, unpaired: 0, logAxes: "")
        if outsideCount > 0 {
            notes.append(DataNote(DataNotes.sentence(name, "ignored \(outsideCount) value\(outsideCount == 1 ? "" : "s") outside the bin range.")))
        }
        return notes
    }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        svg.openGroup("class=\"\(Palette.fillClass(firstColor))\"")
        for (index, count) in counts.enumerated() where count > 0 {
            guard var rect = barRect(left: edges[index], right: edges[index + 1], value: Double(count), on: canvas) else { continue }
            if rect.width > 3 { rect.x += 0.5; rect.width -= 1 }
            svg.rect(rect)
        }
        svg.closeGroup()
    }
}
