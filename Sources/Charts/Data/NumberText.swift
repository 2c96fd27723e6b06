import Foundation

/// Short plain-text numbers for descriptions, summaries and heatmap cells.
enum NumberText {
    /// At most four significant digits, without trailing zeros: `0.25`, `1e-08`, `1234`.
    static func short(_ value: Double) -> String {
        if value == 0 { return "0" }
        if !value.isFinite { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        return String(format: "%.4g", value)
    }

    /// A range written as `low…high`, or a single number when both ends are equal.
    static func range(_ range: ClosedRange<Double>) -> String {
        range.lowerBound == range.upperBound
            ? short(range.lowerBound)
            : "\(short(range.lowerBound))…\(short(range.upperBound))"
    }

    /// A compact label for a value printed inside a heatmap cell: `0.12`, `−1.5`, `3`, `2.1e−5`.
    static func cell(_ value: Double) -> String {
        plainCell(value).replacingOccurrences(of: "-", with: "\u{2212}")
    }

    private static func plainCell(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude != 0 && (magnitude >= 10_000 || magnitude < 0.01) {
            return String(format: "%.1e", value).replacingOccurrences(of: "e-0", with: "e-")
                .replacingOccurrences(of: "e+0", with: "e").replacingOccurrences(of: "e+", with: "e")
        }
        var text = String(format: magnitude >= 100 ? "%.0f" : (magnitude >= 10 ? "%.1f" : "%.2f"), value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
