/// Paired x and y values of one series, with what cannot be drawn counted for the notes.
struct SeriesData {
    var name: String
    var xs: [Double]
    var ys: [Double]
    /// How many values were dropped because x and y had different lengths.
    var unpairedCount = 0

    /// Pairs `xs` and `ys`, ignoring the extra values of the longer one.
    init(name: String, xs: [Double], ys: [Double]) {
        let count = min(xs.count, ys.count)
        self.name = name
        self.xs = Array(xs.prefix(count))
        self.ys = Array(ys.prefix(count))
        unpairedCount = max(xs.count, ys.count) - count
    }

    /// Values plotted against their index 0, 1, 2 ….
    init(name: String, values: [Double]) {
        self.init(name: name, xs: values.indices.map(Double.init), ys: values)
    }

    /// A function sampled at `samples` evenly spaced points over `range`.
    init(name: String, function: (Double) -> Double, over range: ClosedRange<Double>, samples: Int) {
        let count = max(2, samples)
        let step = (range.upperBound - range.lowerBound) / Double(count - 1)
        let xs = (0..<count).map { $0 == count - 1 ? range.upperBound : range.lowerBound + Double($0) * step }
        self.init(name: name, xs: xs, ys: xs.map(function))
    }

    var count: Int { xs.count }

    /// Whether every finite x is a whole number.
    var xsAreIntegers: Bool {
        xs.allSatisfy { !$0.isFinite || $0 == $0.rounded() }
    }

    /// Points that can be drawn are non-nil; nil marks a gap.
    func points(x: ScaleType, y: ScaleType) -> [(x: Double, y: Double)?] {
        zip(xs, ys).map { x.accepts($0) && y.accepts($1) ? ($0, $1) : nil }
    }

    /// The range of drawable points.
    func extent(x: ScaleType, y: ScaleType) -> Extent {
        var extent = Extent()
        for case let point? in points(x: x, y: y) {
            extent.includeX(point.x)
            extent.includeY(point.y)
        }
        return extent
    }

    /// How many points have NaN or ±∞ in x or y.
    var nonFiniteCount: Int {
        zip(xs, ys).filter { !$0.isFinite || !$1.isFinite }.count
    }

    /// How many finite points a log axis cannot show because a value is zero or negative.
    func nonPositiveCount(x: ScaleType, y: ScaleType) -> Int {
        zip(xs, ys).filter { $0.isFinite && $1.isFinite && (!x.accepts($0) || !y.accepts($1)) }.count
    }

    /// The sentences that say which points were skipped and why.
    func notes(x: ScaleType, y: ScaleType) -> [DataNote] {
        DataNotes.skipped(label: name, nonFinite: nonFiniteCount,
                          nonPositive: nonPositiveCount(x: x, y: y), unpaired: unpairedCount,
                          logAxes: logAxisNames(x: x, y: y))
    }

    /// "x", "y" or "x and y": the log axes, for the notes.
    func logAxisNames(x: ScaleType, y: ScaleType) -> String {
        [x == .log ? "x" : nil, y == .log ? "y" : nil].compactMap { $0 }.joined(separator: " and ")
    }

    /// "200 points, x −6…6, y 0.0025…0.9975".
    func rangeSummary(x: ScaleType, y: ScaleType) -> String {
        let extent = self.extent(x: x, y: y)
        var text = "\(count) point\(count == 1 ? "" : "s")"
        if let range = extent.x { text += ", x \(NumberText.range(range))" }
        if let range = extent.y { text += ", y \(NumberText.range(range))" }
        return text
    }
}
