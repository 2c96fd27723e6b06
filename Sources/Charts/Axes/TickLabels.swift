import Foundation

/// Text for tick labels: fixed decimals from the step, a real minus sign, powers of ten as `10⁻⁸`.
enum TickLabels {
    /// Labels for ticks that are multiples of `step`, all with the same number of decimals.
    static func linear(_ values: [Double], step: NiceStep) -> [String] {
        let largest = values.map(abs).max() ?? 0
        if largest >= 1e6 || (largest > 0 && largest < 1e-3) || step.exponent < -5 {
            let exponent = Int(floor(log10(largest)))
            let decimals = max(0, min(6, exponent - step.exponent))
            return values.map { value in
                value == 0 ? "0" : "\(fixed(value / Ticks.powerOfTen(exponent), decimals: decimals))×10\(superscript(exponent))"
            }
        }
        let decimals = max(0, -step.exponent)
        return values.map { fixed($0, decimals: decimals) }
    }

    /// Labels for a log axis: plain numbers when all ticks lie between 0.001 and 1000, else `10ⁿ`.
    static func log(_ values: [Double]) -> [String] {
        let exponents = values.map { log10($0) }
        let allPowersOfTen = exponents.allSatisfy { abs($0 - $0.rounded()) < 1e-9 }
        if allPowersOfTen && exponents.contains(where: { $0 < -3.5 || $0 > 3.5 }) {
            return exponents.map { "10\(superscript(Int($0.rounded())))" }
        }
        return values.map(plain)
    }

    /// A number with as many decimals as it needs (up to 6), minus sign as U+2212.
    static func plain(_ value: Double) -> String {
        let exponent = value == 0 ? 0 : Int(floor(log10(abs(value))))
        return fixed(value, decimals: max(0, min(6, -exponent)))
    }

    /// `value` with exactly `decimals` decimals and a typographic minus sign; never "−0".
    static func fixed(_ value: Double, decimals: Int) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if text.hasPrefix("-") {
            text.removeFirst()
            if text.contains(where: { $0 != "0" && $0 != "." }) { text = "\u{2212}" + text }
        }
        return text
    }

    /// An integer written in superscript digits: `-8` → `⁻⁸`.
    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(abs(number)).map { digits[Int(String($0))!] }
        return (number < 0 ? "⁻" : "") + String(body)
    }
}
