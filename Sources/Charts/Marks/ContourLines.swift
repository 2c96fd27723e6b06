/// Contour lines of a function sampled on a grid, coloured by level.
struct ContourLines: Mark {
    /// Samples `values[row][column]` at x = xs[column], y = ys[row].
    let values: [[Double]]
    let xs: [Double]
    let ys: [Double]
    let levels: [Double]
    let levelScale: ScaleType
    let colorBarSpec: ColorBarSpec?
    let nonFiniteCount: Int
    let nonPositiveCount: Int

    /// Contour lines of `values` over the given ranges at about `levelCount` nice levels.
    init(values: [[Double]], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, levelCount: Int,
         levelScale: ScaleType, colorMap: ColorMap) {
        self.values = values
        let columnCount = values.first?.count ?? 0
        xs = ContourLines.samplePositions(xRange, count: columnCount)
        ys = ContourLines.samplePositions(yRange, count: values.count)
        let all = values.flatMap { $0 }
        let finite = all.filter(\.isFinite)
        let usable = finite.filter(levelScale.accepts)
        nonFiniteCount = all.count - finite.count
        nonPositiveCount = finite.count - usable.count
        self.levelScale = levelScale
        guard let low = usable.min(), let high = usable.max(), low < high else {
            levels = []
            colorBarSpec = nil
            return
        }
        switch levelScale {
        case .linear:
            levels = Ticks.linear(in: low...high, maxCount: levelCount + 2).values.filter { $0 > low && $0 < high }
        case .log:
            let (major, minor) = Ticks.log(in: low...high, maxCount: levelCount)
            levels = (major.count >= 3 ? major : (major + minor).sorted()).filter { $0 > low && $0 < high }
        }
        colorBarSpec = ColorBarSpec(colorMap: colorMap.resolved(for: low...high), domain: low...high,
                                    type: levelScale, mapRange: 0.1...0.9)
    }

    /// `count` evenly spaced positions from one end of `range` to the other.
    static func samplePositions(_ range: ClosedRange<Double>, count: Int) -> [Double] {
        guard count > 1 else { return [range.lowerBound] }
        let step = (range.upperBound - range.lowerBound) / Double(count - 1)
        return (0..<count).map { $0 == count - 1 ? range.upperBound : range.lowerBound + Double($0) * step }
    }

    var chartKind: String? { "Contour plot" }
    var colorBar: ColorBarSpec? { colorBarSpec }

    func extent(x: ScaleType, y: ScaleType) -> Extent {
        guard let x0 = xs.first, let x1 = xs.last, let y0 = ys.first, let y1 = ys.last else { return Extent() }
        return Extent(x: min(x0, x1)...max(x0, x1), y: min(y0, y1)...max(y0, y1))
    }

    func summary(x: ScaleType, y: ScaleType) -> String {
        var text = "contour lines of a function sampled on a \(xs.count)×\(ys.count) grid"
        if let spec = colorBarSpec {
            text += ", values \(NumberText.range(spec.domain)), \(levels.count) \(levelScale == .log ? "log-spaced " : "")levels"
            if let first = levels.first, let last = levels.last { text += " from \(NumberText.short(first)) to \(NumberText.short(last))" }
        }
        return text + "."
    }

    /// Blank when there are no lines to draw: no usable values, or a constant function.
    func isBlank(x: ScaleType, y: ScaleType) -> Bool { colorBarSpec == nil }

    func notes(x: ScaleType, y: ScaleType) -> [DataNote] {
        var notes = DataNotes.skipped(label: "", nonFinite: nonFiniteCount, nonPositive: nonPositiveCount, unpaired: 0,
                                      logAxes: "level")
        let finite = values.flatMap { $0 }.filter(\.isFinite)
        if let low = finite.min(), low == finite.max() {
            notes.append(DataNote("The function is constant (\(NumberText.short(low))) over this range: no contour lines."))
        }
        return notes
    }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        guard let spec = colorBarSpec else { return }
        for level in levels {
            let lines = MarchingSquares.lines(values: values, level: level).map { line in
                line.compactMap { canvas.point(interpolate(xs, $0.x), interpolate(ys, $0.y)) }
            }
            let d = PathData.polylines(lines)
            guard !d.isEmpty else { continue }
            svg.raw("<path class=\"cl\" stroke=\"\(spec.color(for: level).hex)\" d=\"\(d)\"/>")
        }
    }

    /// The position at fractional grid index `index` along `positions`.
    private func interpolate(_ positions: [Double], _ index: Double) -> Double {
        let lower = min(Int(index), positions.count - 2)
        return positions[lower] + (index - Double(lower)) * (positions[lower + 1] - positions[lower])
    }
}
