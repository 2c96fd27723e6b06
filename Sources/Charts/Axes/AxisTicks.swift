import Foundation

/// The ticks one axis draws, chosen to fit its length without overlapping labels.
struct AxisTicks {
    var values: [Double] = []
    var labels: [String] = []
    /// Small unlabelled ticks (between powers of ten on a log axis).
    var minor: [Double] = []
    /// Whether the labels are turned 40° because they do not fit side by side.
    var rotated = false

    static let fontSize = 12.0
    static let rotation = 40.0

    /// Ticks for an axis of `length` pixels; `horizontal` is true for an x axis.
    static func choose(for config: AxisConfig, domain: ClosedRange<Double>, length: Double, horizontal: Bool) -> AxisTicks {
        switch config.ticks {
        case .automatic:
            var maxCount = maxCount(length: length, horizontal: horizontal)
            while true {
                let ticks = automatic(type: config.type, domain: domain, maxCount: maxCount, integers: config.integersOnly)
                if !horizontal || maxCount <= 2 || ticks.fits(length: length, horizontal: true) { return ticks }
                maxCount -= 1
            }
        case .categories(let names):
            var ticks = AxisTicks(values: names.indices.map(Double.init), labels: names)
            ticks.rotated = horizontal && !ticks.fits(length: length, horizontal: true)
            return ticks
        case .indices(let names):
            return indices(names: names, domain: domain, length: length, horizontal: horizontal)
        case .hidden:
            return AxisTicks()
        }
    }

    /// Ticks for row or column indices: every one, named, when the names fit (turned if need be);
    /// otherwise every k-th index.
    private static func indices(names: [String]?, domain: ClosedRange<Double>, length: Double, horizontal: Bool) -> AxisTicks {
        let count = Int((domain.upperBound - domain.lowerBound).rounded())
        if let names, names.count == count {
            var ticks = AxisTicks(values: names.indices.map(Double.init), labels: names)
            if ticks.fits(length: length, horizontal: horizontal) { return ticks }
            ticks.rotated = horizontal
            if horizontal && length / Double(max(count, 1)) >= fontSize { return ticks }
        }
        let indexRange = (domain.lowerBound + 0.5)...(domain.upperBound - 0.5)
        var maxCount = max(2, Int(length / (horizontal ? 36 : 24)))
        while true {
            let values = Ticks.linear(in: indexRange, maxCount: maxCount, integers: true).values
            let labels = values.map { value -> String in
                guard let names else { return TickLabels.fixed(value, decimals: 0) }
                return names.indices.contains(Int(value)) ? names[Int(value)] : ""
            }
            let ticks = AxisTicks(values: values, labels: labels)
            if maxCount <= 2 || ticks.fits(length: length, horizontal: horizontal) { return ticks }
            maxCount -= 1
        }
    }

    /// The domain of a linear axis for data on `data`: widened outwards to the first multiples beyond it
    /// of a nice step, so that the data fill the axis. Of the candidates (`Ticks.niceLinearDomains`,
    /// tightest first), the first that leaves at most a fifth of the axis empty on either side and
    /// whose labelled ticks are every multiple of one nice step; failing that, the first with two
    /// ticks or more that leaves at most a fifth empty (on short axes with wide labels, ticks every few
    /// nice steps), then the first with two ticks or more.
    ///
    /// Data on −6…6 get the axis −6…6 (ticks at −5, 0, 5 on a short axis), not −10…10.
    static func niceLinearDomain(for config: AxisConfig, data: ClosedRange<Double>, length: Double,
                                 horizontal: Bool) -> ClosedRange<Double> {
        let candidates = Ticks.niceLinearDomains(data).map { candidate -> (domain: ClosedRange<Double>, fits: Bool, ticks: AxisTicks) in
            let width = candidate.upperBound - candidate.lowerBound
            let emptyBelow = (data.lowerBound - candidate.lowerBound) / width
            let emptyAbove = (candidate.upperBound - data.upperBound) / width
            return (candidate, max(emptyBelow, emptyAbove) <= Ticks.maxEmptyFraction + 1e-9,
                    choose(for: config, domain: candidate, length: length, horizontal: horizontal))
        }
        let choice = candidates.first { $0.fits && $0.ticks.isRegular }
            ?? candidates.first { $0.fits && $0.ticks.values.count >= 2 }
            ?? candidates.first { $0.ticks.values.count >= 2 }
        return choice?.domain ?? candidates.first?.domain ?? data
    }

    /// Whether there are two ticks or more, one nice step (1, 2 or 5 times a power of ten) apart.
    var isRegular: Bool {
        guard values.count >= 2 else { return false }
        let gap = values[1] - values[0]
        return gap > 0 && abs(NiceStep(span: gap, maxIntervals: 1).value - gap) <= 1e-9 * gap
    }

    /// How many ticks an axis of `length` pixels may have at most: one per 60 px across, 34 px upwards, at least 3.
    static func maxCount(length: Double, horizontal: Bool) -> Int {
        max(3, Int(length / (horizontal ? 60 : 34)))
    }

    private static func automatic(type: ScaleType, domain: ClosedRange<Double>, maxCount: Int, integers: Bool) -> AxisTicks {
        switch type {
        case .linear:
            let (values, step) = Ticks.linear(in: domain, maxCount: maxCount, integers: integers)
            return AxisTicks(values: values, labels: TickLabels.linear(values, step: step))
        case .log:
            let (major, minor) = Ticks.log(in: domain, maxCount: maxCount)
            return AxisTicks(values: major, labels: TickLabels.log(major), minor: minor)
        }
    }

    /// Whether the labels fit side by side along `length` with some space between them.
    func fits(length: Double, horizontal: Bool) -> Bool {
        guard values.count > 1 else { return true }
        let spacing = length / Double(values.count)
        if horizontal {
            return widestLabel + 8 <= spacing
        }
        return Self.fontSize + 4 <= spacing
    }

    /// The estimated width of the widest label.
    var widestLabel: Double {
        labels.map { TextMetrics.width($0, fontSize: Self.fontSize) }.max() ?? 0
    }

    /// The height that the labels of an x axis take below the tick marks.
    var horizontalLabelHeight: Double {
        guard !labels.isEmpty else { return 0 }
        guard rotated else { return Self.fontSize }
        let angle = Self.rotation * .pi / 180
        return widestLabel * sin(angle) + Self.fontSize * cos(angle)
    }
}
