/// One layer of a plot (a line, bars, cells …), drawn with the plot's scales.
protocol Mark {
    /// What a chart made only of this kind of mark is called ("Line chart"); nil for decorations.
    var chartKind: String? { get }
    /// The data range this mark needs the axes to show, counting only values the scales accept.
    func extent(x: ScaleType, y: ScaleType) -> Extent
    /// How many series colours this mark uses (taken in turn from the palette).
    var colorCount: Int { get }
    /// How far into the palette the mark's own per-value colours reach (the highest index plus one).
    var paletteReach: Int { get }
    /// Legend entries, given the mark's first colour index.
    func legendEntries(firstColor: Int) -> [LegendEntry]
    /// One sentence describing the mark's data, for `<desc>` and terminal summaries.
    func summary(x: ScaleType, y: ScaleType) -> String
    /// Data that could not be drawn (NaN, ±∞, non-positive values on a log axis), said in words.
    func notes(x: ScaleType, y: ScaleType) -> [DataNote]
    /// Whether the mark draws no data at all (no values, or none the scales can show).
    func isBlank(x: ScaleType, y: ScaleType) -> Bool
    /// Category names when the mark puts categories on the x axis (bars).
    var categories: [String]? { get }
    /// Whether all x values are whole numbers (epochs, steps), so x ticks should be too.
    var hasIntegerX: Bool { get }
    /// The colour bar that explains the mark's colours, if it has one.
    var colorBar: ColorBarSpec? { get }
    /// Draws the mark; drawing outside the plot area is clipped by the caller.
    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter)
    /// Whether the mark is drawn above the clip region (annotations, reference lines keep labels visible).
    var drawsUnclipped: Bool { get }
}

extension Mark {
    var chartKind: String? { nil }
    var colorCount: Int { 0 }
    var paletteReach: Int { 0 }
    func legendEntries(firstColor: Int) -> [LegendEntry] { [] }
    func notes(x: ScaleType, y: ScaleType) -> [DataNote] { [] }
    func isBlank(x: ScaleType, y: ScaleType) -> Bool { extent(x: x, y: y) == Extent() }
    var categories: [String]? { nil }
    var hasIntegerX: Bool { false }
    var colorBar: ColorBarSpec? { nil }
    var drawsUnclipped: Bool { false }
}

/// The ranges of x and y values a mark covers; nil where it has none.
struct Extent: Equatable {
    var x: ClosedRange<Double>?
    var y: ClosedRange<Double>?

    /// Widens the x range to include `value`.
    mutating func includeX(_ value: Double) { x = Extent.including(x, value) }
    /// Widens the y range to include `value`.
    mutating func includeY(_ value: Double) { y = Extent.including(y, value) }

    /// The smallest extent covering both.
    func union(_ other: Extent) -> Extent {
        var result = self
        if let range = other.x { result.includeX(range.lowerBound); result.includeX(range.upperBound) }
        if let range = other.y { result.includeY(range.lowerBound); result.includeY(range.upperBound) }
        return result
    }

    private static func including(_ range: ClosedRange<Double>?, _ value: Double) -> ClosedRange<Double> {
        guard let range else { return value...value }
        return min(range.lowerBound, value)...max(range.upperBound, value)
    }
}

/// The plot area and the scales that marks draw with.
struct PlotCanvas {
    var area: Rect
    var x: Scale
    var y: Scale
    /// A prefix for ids this plot defines (clip paths, gradients), unique within the SVG.
    var idPrefix: String

    /// The pixel position of a data point, or nil when a scale cannot show it.
    func point(_ x: Double, _ y: Double) -> Point? {
        guard let px = self.x.position(x), let py = self.y.position(y) else { return nil }
        return Point(x: px, y: py)
    }
}
