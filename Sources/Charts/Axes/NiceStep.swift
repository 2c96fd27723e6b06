import Foundation

/// A "nice" tick spacing: 1, 2 or 5 times a power of ten.
struct NiceStep: Equatable {
    /// 1, 2 or 5.
    var mantissa: Int
    /// The power of ten.
    var exponent: Int

    /// The spacing as a number.
    var value: Double { multiple(1) }

    /// The smallest nice step that divides `span` into at most `maxIntervals` intervals.
    init(span: Double, maxIntervals: Int) {
        let raw = span / Double(max(1, maxIntervals))
        var exponent = Int(floor(log10(raw)))
        let residual = raw / pow(10, Double(exponent))
        let mantissa: Int
        if residual <= 1 + 1e-9 { mantissa = 1 }
        else if residual <= 2 + 1e-9 { mantissa = 2 }
        else if residual <= 5 + 1e-9 { mantissa = 5 }
        else { mantissa = 1; exponent += 1 }
        self.init(mantissa: mantissa, exponent: exponent)
    }

    init(mantissa: Int, exponent: Int) {
        self.mantissa = mantissa
        self.exponent = exponent
    }

    /// The next larger nice step: 1 → 2 → 5 → 10 → 20 ….
    var next: NiceStep {
        switch mantissa {
        case 1: return NiceStep(mantissa: 2, exponent: exponent)
        case 2: return NiceStep(mantissa: 5, exponent: exponent)
        default: return NiceStep(mantissa: 1, exponent: exponent + 1)
        }
    }

    /// `k` steps, computed so that decimal values come out exact (`3 × 0.1` is `0.3`, not `0.30000000000000004`).
    func multiple(_ k: Int) -> Double {
        let units = Double(k * mantissa)
        return exponent >= 0 ? units * pow(10, Double(exponent)) : units / pow(10, Double(-exponent))
    }

    /// The index of the first multiple at or above `value`.
    func firstIndex(atOrAbove value: Double) -> Int {
        Int(ceil(value / self.value - 1e-9))
    }

    /// The index of the last multiple at or below `value`.
    func lastIndex(atOrBelow value: Double) -> Int {
        Int(floor(value / self.value + 1e-9))
    }
}
