/// The rectangle of one bar: from `left` to `right` in x data units, from the baseline to `value`.
///
/// The baseline is 0, or the bottom of the axis on a log scale. Returns nil when the value cannot be shown.
func barRect(left: Double, right: Double, value: Double, on canvas: PlotCanvas) -> Rect? {
    guard canvas.y.type.accepts(value),
          let x0 = canvas.x.position(left), let x1 = canvas.x.position(right),
          let top = canvas.y.position(value) else { return nil }
    let baselineValue = canvas.y.type == .log ? canvas.y.domain.lowerBound : 0
    let base = canvas.y.position(baselineValue) ?? canvas.y.start
    return Rect(x: min(x0, x1), y: min(top, base), width: abs(x1 - x0), height: abs(top - base))
}

/// Notes about bar values that were skipped: non-finite, or ≤ 0 on a log axis.
func barNotes(label: String, values: [Double], y: ScaleType) -> [DataNote] {
    DataNotes.skipped(label: label, nonFinite: values.filter { !$0.isFinite }.count,
                      nonPositive: values.filter { $0.isFinite && !y.accepts($0) }.count,
                      unpaired: 0, logAxes: "y")
}

/// "a = 1, b = 2, c = 3", or a count and range when there are many values.
func categorySummary(_ categories: [String], _ values: [Double]) -> String {
    guard values.count <= 12 else {
        let finite = values.filter(\.isFinite)
        let range = finite.min().map { $0...(finite.max() ?? $0) }
        return "\(values.count) categories" + (range.map { ", values \(NumberText.range($0))" } ?? "")
    }
    return zip(categories, values).map { "\($0) = \(NumberText.short($1))" }.joined(separator: ", ")
}
