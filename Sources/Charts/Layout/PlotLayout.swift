/// Where each part of one plot goes inside its frame: title, legend, plot area, axes, colour bar and notes.
struct PlotLayout {
    static let padding = 8.0
    static let titleHeight = 24.0
    static let axisTitleHeight = 18.0
    static let noteLineHeight = 14.0
    static let noteFontSize = 11.0

    var frame: Rect
    var area: Rect
    var xDomain: ClosedRange<Double>
    var yDomain: ClosedRange<Double>
    var xTicks = AxisTicks()
    var yTicks = AxisTicks()
    var legend = Legend(entries: [], maxWidth: 0)
    var colorBarTicks = AxisTicks()
    var noteLines: [String] = []

    /// Lays out `plot` inside `frame`, refining margins until tick labels and legend fit.
    init(plot: Plot, frame: Rect) {
        self.frame = frame
        let extent = plot.dataExtent
        let colorBar = plot.colorBar
        let titleHeight = plot.title.isEmpty ? 0 : Self.titleHeight
        area = Rect(x: frame.x + 50, y: frame.y + Self.padding + titleHeight, width: frame.width - 70,
                    height: frame.height - 50 - titleHeight)
        xDomain = 0...1
        yDomain = 0...1
        for _ in 0..<3 {
            xDomain = Self.domain(plot.x, extent: extent.x, length: area.width, horizontal: true)
            yDomain = Self.domain(plot.y, extent: extent.y, length: area.height, horizontal: false)
            xTicks = AxisTicks.choose(for: plot.x, domain: xDomain, length: area.width, horizontal: true)
            yTicks = AxisTicks.choose(for: plot.y, domain: yDomain, length: area.height, horizontal: false)
            colorBarTicks = colorBar?.ticks(length: area.height) ?? AxisTicks()
            let colorBarWidth = colorBar?.width(ticks: colorBarTicks) ?? 0

            let yTitleWidth = plot.y.title.isEmpty ? 0 : Self.axisTitleHeight
            let firstXLabel = xTicks.rotated ? xTicks.widestLabel * 0.77 : TextMetrics.width(xTicks.labels.first ?? "", fontSize: 12) / 2
            let left = max(Self.padding + yTitleWidth + yTicks.widestLabel + AxisRenderer.tickLength + 4,
                           Self.padding + firstXLabel)
            let lastXLabel = xTicks.rotated ? 0 : TextMetrics.width(xTicks.labels.last ?? "", fontSize: 12) / 2
            let right = Self.padding + max(colorBarWidth, lastXLabel, 4)
            legend = Legend(entries: plot.legendEntries, maxWidth: frame.width - left - Self.padding)
            let top = Self.padding + titleHeight + legend.height + 6
            noteLines = Self.noteLines(for: plot, width: frame.width - 2 * Self.padding)
            let bottom = AxisRenderer.tickLength + 3 + xTicks.horizontalLabelHeight + 6
                + (plot.x.title.isEmpty ? 0 : Self.axisTitleHeight)
                + Double(noteLines.count) * Self.noteLineHeight + Self.padding
            area = Rect(x: frame.x + left, y: frame.y + top,
                        width: max(20, frame.width - left - right), height: max(20, frame.height - top - bottom))
        }
        if let aspect = plot.plotAspect { fit(aspect: aspect) }
    }

    /// Shrinks the plot area to the given width-to-height ratio, keeping it centred horizontally.
    private mutating func fit(aspect: Double) {
        if area.width / area.height > aspect {
            let width = area.height * aspect
            area.x += (area.width - width) / 2
            area.width = width
        } else {
            area.height = area.width / aspect
        }
    }

    /// The notes under the plot, wrapped to the frame's width.
    static func noteLines(for plot: Plot, width: Double) -> [String] {
        plot.visibleNotes.flatMap { TextMetrics.wrap($0, fontSize: noteFontSize, maxWidth: width) }
    }

    /// The domain of an axis: fixed by the config, or the data's extent widened to nice numbers.
    static func domain(_ config: AxisConfig, extent: ClosedRange<Double>?, length: Double, horizontal: Bool) -> ClosedRange<Double> {
        if let range = config.range, config.type.accepts(range.lowerBound), config.type.accepts(range.upperBound) {
            return Ticks.widenedIfDegenerate(range, type: config.type)
        }
        guard let extent = config.sharedExtent ?? extent else { return config.type == .log ? 1...10 : 0...1 }
        let widened = Ticks.widenedIfDegenerate(extent, type: config.type)
        switch config.type {
        case .linear: return AxisTicks.niceLinearDomain(for: config, data: widened, length: length, horizontal: horizontal)
        case .log: return Ticks.niceLogDomain(widened)
        }
    }

    /// The scales that map the domains onto the plot area.
    func scales(for plot: Plot) -> (x: Scale, y: Scale) {
        let x = plot.x.reversed
            ? Scale(type: plot.x.type, domain: xDomain, start: area.maxX, end: area.x)
            : Scale(type: plot.x.type, domain: xDomain, start: area.x, end: area.maxX)
        let y = plot.y.reversed
            ? Scale(type: plot.y.type, domain: yDomain, start: area.y, end: area.maxY)
            : Scale(type: plot.y.type, domain: yDomain, start: area.maxY, end: area.y)
        return (x, y)
    }
}
