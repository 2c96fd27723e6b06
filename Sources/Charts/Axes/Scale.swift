import Foundation

/// Maps data values along one axis to pixel positions.
struct Scale {
    /// Linear or logarithmic.
    var type: ScaleType
    /// The data values at the two ends of the axis; `lowerBound < upperBound`.
    var domain: ClosedRange<Double>
    /// The pixel position of `domain.lowerBound`.
    var start: Double
    /// The pixel position of `domain.upperBound` (smaller than `start` for a y axis).
    var end: Double

    /// The pixel position of `value`, or nil when the value cannot be shown (NaN, ±∞, ≤ 0 on a log axis).
    func position(_ value: Double) -> Double? {
        guard type.accepts(value) else { return nil }
        return start + fraction(value) * (end - start)
    }

    /// Where `value` lies between the domain's ends: 0 at the lower end, 1 at the upper end.
    func fraction(_ value: Double) -> Double {
        switch type {
        case .linear:
            return (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        case .log:
            let low = log10(domain.lowerBound)
            return (log10(value) - low) / (log10(domain.upperBound) - low)
        }
    }

    /// Whether `value` lies inside the domain (with a little tolerance for rounding).
    func contains(_ value: Double) -> Bool {
        guard type.accepts(value) else { return false }
        let t = fraction(value)
        return t >= -1e-9 && t <= 1 + 1e-9
    }
}
