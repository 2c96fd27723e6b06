import Foundation

/// Numbers as formula checks write them: a real minus sign, and just enough digits to tell two apart.
enum NumberText {
    /// `x` with `digits` significant digits.
    static func format(_ x: Double, digits: Int) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "∞" : "−∞" }
        let text = String(format: "%.\(digits)g", x == 0 ? 0 : x)
        return text.replacingOccurrences(of: "-", with: "−")
    }

    /// A short form for ranges and sample points (6 significant digits).
    static func short(_ x: Double) -> String { format(x, digits: 6) }

    /// Two values that differ, with at least 3 significant digits and as many more as it takes for
    /// their texts to differ.
    static func pair(_ a: Double, _ b: Double) -> (String, String) {
        var digits = 3
        while digits < 17, a != b, format(a, digits: digits) == format(b, digits: digits) { digits += 1 }
        return (format(a, digits: digits), format(b, digits: digits))
    }

    /// A number, or a vector in brackets (the first few components).
    static func values(_ xs: [Double], vector: Bool, digits: Int = 6) -> String {
        guard vector else { return xs.first.map { format($0, digits: digits) } ?? "" }
        let shown = xs.prefix(6).map { format($0, digits: digits) }
        return "[" + shown.joined(separator: ", ") + (xs.count > 6 ? ", …" : "") + "]"
    }
}
