/// The colour bar beside a heatmap or contour plot: a gradient with ticks for the values.
struct ColorBarSpec {
    /// The map, already resolved (never `.automatic`).
    var colorMap: ColorMap
    /// The values at the bottom and top of the bar.
    var domain: ClosedRange<Double>
    /// Linear or log spacing of the values.
    var type: ScaleType = .linear
    /// The part of the map used, e.g. 0…0.9 to avoid the palest colours for lines.
    var mapRange: ClosedRange<Double> = 0...1

    static let barWidth = 12.0
    static let gap = 14.0

    /// The colour for `value`.
    func color(for value: Double) -> RGB {
        let t = isConstant ? 0.5 : Scale(type: type, domain: domain, start: 0, end: 1).fraction(value)
        return colorMap.color(at: mapRange.lowerBound + min(max(t, 0), 1) * (mapRange.upperBound - mapRange.lowerBound))
    }

    /// Whether all values are equal, so the bar shows a single colour.
    var isConstant: Bool { domain.lowerBound == domain.upperBound }

    /// Ticks for a bar of `length` pixels.
    func ticks(length: Double) -> AxisTicks {
        if isConstant { return AxisTicks(values: [domain.lowerBound], labels: [TickLabels.plain(domain.lowerBound)]) }
        return AxisTicks.choose(for: AxisConfig(type: type), domain: domain, length: length, horizontal: false)
    }

    /// The width the bar and its labels take to the right of the plot, gap included.
    func width(ticks: AxisTicks) -> Double {
        Self.gap + Self.barWidth + 4 + 4 + ticks.widestLabel
    }

    /// Draws the bar in `rect` with gradient id `gradientID`.
    func draw(in rect: Rect, ticks: AxisTicks, gradientID: String, into svg: inout SVGWriter) {
        if isConstant {
            svg.rect(rect, extra: " fill=\"\(color(for: domain.lowerBound).hex)\"")
        } else {
            svg.raw("<linearGradient id=\"\(gradientID)\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">")
            for index in 0...10 {
                let t = Double(index) / 10
                let mapped = colorMap.color(at: mapRange.lowerBound + t * (mapRange.upperBound - mapRange.lowerBound))
                svg.raw("<stop offset=\"\(SVGText.number(t * 100))%\" stop-color=\"\(mapped.hex)\"/>")
            }
            svg.raw("</linearGradient>")
            svg.rect(rect, extra: " fill=\"url(#\(gradientID))\"")
        }
        let scale = Scale(type: type, domain: isConstant ? (domain.lowerBound - 1)...(domain.upperBound + 1) : domain,
                          start: rect.maxY, end: rect.y)
        var d = ""
        for value in ticks.values {
            guard let y = scale.position(value) else { continue }
            d += "M\(SVGText.number(rect.maxX)),\(SVGText.number(y))h4"
        }
        svg.path(d, class: "ax")
        for (value, label) in zip(ticks.values, ticks.labels) {
            guard let y = scale.position(value) else { continue }
            svg.text(label, x: rect.maxX + 7, y: y + AxisTicks.fontSize * 0.35)
        }
    }
}
