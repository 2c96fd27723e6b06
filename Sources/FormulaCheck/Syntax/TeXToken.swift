/// One token of TeX math: a control word such as `\frac`, a letter, a digit, or a symbol.
///
/// Spaces and `%` comments are dropped (TeX ignores spaces in math); a few Unicode characters that
/// authors type directly (−, ·, ×, ≤, ≥, ≈, ∂, ∑) become the commands they stand for.
struct TeXToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `\name` (letters) or `\c` for a single non-letter `c`, without the backslash.
        case command(String)
        case letter(Character)
        case digit(Character)
        /// Any other character: `+ - = ( ) [ ] { } | , ' ^ _ & . / < > !` …
        case symbol(Character)
    }

    var kind: Kind
    /// The token's position in the formula (in characters), for messages.
    var offset: Int

    /// The token as TeX source, for messages.
    var text: String {
        switch kind {
        case .command(let name): return "\\" + name
        case .letter(let c), .digit(let c), .symbol(let c): return String(c)
        }
    }

    func isSymbol(_ c: Character) -> Bool { kind == .symbol(c) }
    func isCommand(_ name: String) -> Bool { kind == .command(name) }
}

/// Splits TeX math into tokens.
enum TeXTokenizer {
    /// Characters typed directly that stand for a command.
    static let unicodeCommands: [Character: String] = [
        "·": "cdot", "⋅": "cdot", "×": "times", "≤": "le", "≥": "ge", "≈": "approx", "≠": "ne",
        "∂": "partial", "∑": "sum", "∏": "prod", "√": "sqrt", "∞": "infty", "⊙": "odot", "…": "dots",
        "⋯": "cdots", "∈": "in", "→": "to", "←": "leftarrow", "±": "pm",
    ]

    static func tokens(_ tex: String) -> [TeXToken] {
        var result: [TeXToken] = []
        let chars = Array(tex)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let start = i
            i += 1
            if c == "%" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if c.isWhitespace { continue }
            if c == "\\" {
                guard i < chars.count else { result.append(TeXToken(kind: .symbol("\\"), offset: start)); break }
                if chars[i].isASCII && chars[i].isLetter {
                    var name = ""
                    while i < chars.count, chars[i].isASCII, chars[i].isLetter { name.append(chars[i]); i += 1 }
                    result.append(TeXToken(kind: .command(name), offset: start))
                } else {
                    // A backslash before a space or a line break is TeX's control space.
                    let name = chars[i].isWhitespace ? " " : String(chars[i])
                    result.append(TeXToken(kind: .command(name), offset: start))
                    i += 1
                }
                continue
            }
            if let command = unicodeCommands[c] {
                result.append(TeXToken(kind: .command(command), offset: start))
            } else if c == "−" || c == "–" {
                result.append(TeXToken(kind: .symbol("-"), offset: start))
            } else if c == "′" {
                result.append(TeXToken(kind: .symbol("'"), offset: start))
            } else if c.isASCII && c.isNumber {
                result.append(TeXToken(kind: .digit(c), offset: start))
            } else if c.isLetter {
                result.append(TeXToken(kind: .letter(c), offset: start))
            } else {
                result.append(TeXToken(kind: .symbol(c), offset: start))
            }
        }
        return result
    }
}
