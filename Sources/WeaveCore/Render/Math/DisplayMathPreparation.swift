// Display math as Typora (MathJax) authors write it, made acceptable to KaTeX:
//
//   $$
//   E &= \frac{1}{2}(t - y)^2 \\
//   \frac{\partial E}{\partial y} &= y - t
//   $$
//
// MathJax accepts top-level `&` and `\\` without an environment; KaTeX does not align them. Rules:
// - lines holding only whitespace are dropped (a blank line inside $$…$$ must not break the formula);
// - `\\` at the very start or end of the formula (outside braces and environments) is dropped;
// - if `&` remains at brace depth 0 outside any \begin…\end, the formula is wrapped in
//   \begin{aligned}…\end{aligned}; if only `\\` remains there, in \begin{gathered}…\end{gathered}
//   (lines centred, as MathJax shows them; `aligned` would right-align a single column).
// `\&`, `\{`, `\}`, `\%` are control symbols, not syntax; `%` starts a comment to the end of the line.

extension MathTypesetter {
    /// Prepares display-math TeX for KaTeX (see the rules above). `render(_:display: true)` applies it.
    public static func prepareDisplay(_ tex: String) -> String {
        var bytes = dropBlankLines(Array(tex.utf8))

        // Drop leading and trailing top-level `\\` (repeatedly: `\\ \\ a` → `a`).
        while true {
            let tokens = TeXScanner.tokens(bytes)
            let significant = tokens.filter { $0.kind != .space && $0.kind != .comment }
            if let last = significant.last, last.kind == .lineBreak, last.topLevel {
                bytes.removeSubrange(last.start..<last.end)
                continue
            }
            if let first = significant.first, first.kind == .lineBreak, first.topLevel {
                bytes.removeSubrange(first.start..<first.end)
                continue
            }
            break
        }

        let tokens = TeXScanner.tokens(bytes)
        let body = String(decoding: bytes, as: UTF8.self)
        if tokens.contains(where: { $0.kind == .ampersand && $0.topLevel }) {
            return "\\begin{aligned}\n" + body + "\n\\end{aligned}"
        }
        if tokens.contains(where: { $0.kind == .lineBreak && $0.topLevel }) {
            return "\\begin{gathered}\n" + body + "\n\\end{gathered}"
        }
        return body
    }

    /// Removes lines that hold only whitespace; line ends become `\n`.
    private static func dropBlankLines(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var line: [UInt8] = []
        var lineIsBlank = true
        var first = true
        func flush() {
            if !lineIsBlank {
                if !first { out.append(UInt8(ascii: "\n")) }
                out.append(contentsOf: line)
                first = false
            }
            line.removeAll(keepingCapacity: true)
            lineIsBlank = true
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                if b == UInt8(ascii: "\r"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                flush()
            } else {
                line.append(b)
                if b != UInt8(ascii: " ") && b != UInt8(ascii: "\t") && b != 0x0C { lineIsBlank = false }
            }
            i += 1
        }
        flush()
        return out
    }
}

/// A minimal TeX tokenizer, enough to find top-level `&` and `\\` (on UTF-8 bytes: every byte that
/// matters is ASCII, and the bytes of a multi-byte character are never ASCII).
enum TeXScanner {
    enum Kind: Equatable { case lineBreak, ampersand, space, comment, other }

    struct Token {
        var start: Int
        var end: Int
        var kind: Kind
        /// At brace depth 0 and outside every \begin…\end environment.
        var topLevel: Bool
    }

    static func tokens(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var depth = 0
        var environments = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let start = i
            let topLevel = depth == 0 && environments == 0
            let b = bytes[i]
            var kind = Kind.other
            switch b {
            case UInt8(ascii: "\\"):
                i += 1
                if i < n, isLetter(bytes[i]) {
                    let nameStart = i
                    while i < n, isLetter(bytes[i]) { i += 1 }
                    let name = bytes[nameStart..<i]
                    if name.elementsEqual("begin".utf8) {
                        environments += 1
                    } else if name.elementsEqual("end".utf8) {
                        environments = max(0, environments - 1)
                    }
                } else if i < n {
                    if bytes[i] == UInt8(ascii: "\\") { kind = .lineBreak }
                    i += 1
                }
            case UInt8(ascii: "{"):
                depth += 1
                i += 1
            case UInt8(ascii: "}"):
                depth = max(0, depth - 1)
                i += 1
            case UInt8(ascii: "&"):
                kind = .ampersand
                i += 1
            case UInt8(ascii: "%"):
                kind = .comment
                while i < n, bytes[i] != UInt8(ascii: "\n") { i += 1 }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C:
                kind = .space
                i += 1
            default:
                i += 1
            }
            tokens.append(Token(start: start, end: i, kind: kind, topLevel: topLevel))
        }
        return tokens
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }
}
