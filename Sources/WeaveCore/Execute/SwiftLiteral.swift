/// Text written into a generated Swift program as a string literal.
enum SwiftLiteral {
    /// `text` as a Swift string literal on one line: quotes, backslashes and control characters escaped,
    /// so a note path or a formula with a line break cannot end the literal (or a `#sourceLocation`).
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
