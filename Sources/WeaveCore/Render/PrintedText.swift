/// What a program printed, as a terminal would have shown it, for a page's `<pre>`.
///
/// A carriage return starts its line again (a progress line `\r` by `\r` shows its last state), terminal
/// escape sequences (colours: `ESC [ … m`) are dropped, and any other control character is shown as Swift
/// writes it (`\u{0}`, `\u{1B}`), never raw: raw controls are not allowed in HTML text. (Not as control
/// pictures such as `␀`: common fonts lack them and readers saw empty boxes.)
enum PrintedText {
    static func visible(_ text: String) -> String {
        guard text.utf8.contains(where: isControl) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // Split by scalars: as Characters, "\r\n" is one, and no "\n".
        for (number, line) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number > 0 { out += "\n" }
            out.unicodeScalars.append(contentsOf: shown(line))
        }
        return out
    }

    /// One line: what follows its last carriage return (one at the very end, as in `\r\n`, is ignored),
    /// escape sequences dropped, other controls as Swift escapes.
    private static func shown(_ line: Substring.UnicodeScalarView) -> [Unicode.Scalar] {
        var line = line
        while line.last == "\r" { line = line.dropLast() }
        if let lastReturn = line.lastIndex(of: "\r") { line = line[line.index(after: lastReturn)...] }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(line.count)
        while let scalar = line.popFirst() {
            let value = scalar.value
            if value == 0x1B, line.first == "[" {
                // CSI: ESC [, parameter and intermediate bytes (0x20–0x3F), one final byte (0x40–0x7E).
                line = line.dropFirst().drop { $0.value >= 0x20 && $0.value <= 0x3F }
                if let final = line.first, final.value >= 0x40 && final.value <= 0x7E { line = line.dropFirst() }
            } else if value > 0x7F || !isControl(UInt8(value)) {
                out.append(scalar)
            } else {
                out.append(contentsOf: "\\u{\(String(value, radix: 16, uppercase: true))}".unicodeScalars)
            }
        }
        return out
    }

    /// A C0 control other than tab and line feed, or DEL.
    private static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F
    }
}
