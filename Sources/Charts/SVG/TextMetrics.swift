/// Estimated text widths for layout, since SVG text is measured only by the browser.
///
/// CJK characters count about 1 em, other characters about 0.6 em, combining marks nothing.
enum TextMetrics {
    /// The estimated width in pixels of `text` at `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            if isCombining(scalar) { continue }
            ems += isWide(scalar) ? 1.0 : 0.6
        }
        return ems * fontSize
    }

    /// Whether the character is drawn full-width (CJK ideographs, kana, hangul, full-width forms).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        (0x0300...0x036F).contains(scalar.value) || (0x200B...0x200F).contains(scalar.value)
    }

    /// Splits `text` at spaces into lines no wider than `maxWidth` (a single long word stays whole).
    static func wrap(_ text: String, fontSize: Double, maxWidth: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && width(candidate, fontSize: fontSize) > maxWidth {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
