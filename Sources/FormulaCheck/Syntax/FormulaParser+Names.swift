extension FormulaParser {
    /// A written name and its parts.
    struct Name {
        /// The whole name with primes: `x_i`, `w_{ji}^{(l)}`, `f'`.
        var key: String
        /// The name without primes (a function's name).
        var plainKey: String
        var primes: Int
        var symbol: Symbol
    }

    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
        "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
        "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ",
        "Omega": "Ω", "ell": "ℓ",
    ]

    /// Combining marks for accents over a name.
    static let accents: [String: String] = ["hat": "\u{302}", "bar": "\u{304}", "tilde": "\u{303}", "dot": "\u{307}"]

    /// Whether `t` begins a name.
    func startsName(_ t: TeXToken) -> Bool {
        switch t.kind {
        case .letter: return true
        case .command(let name):
            return Self.greek[name] != nil || Self.accents[name] != nil || ["text", "operatorname", "mathbf"].contains(name)
        default: return false
        }
    }

    /// A name at the cursor with its subscript, a label superscript such as `^{(l)}`, and primes.
    mutating func name() throws -> Name {
        let stem = try nameStem()
        var subscriptTokens: ArraySlice<TeXToken>?
        var label: String?
        var primes = 0
        while let t = current {
            if t.isSymbol("_"), subscriptTokens == nil {
                position += 1
                guard let range = try argumentRange() else { throw FormulaError("_ without a subscript") }
                subscriptTokens = tokens[range.inner]
                position = range.end
            } else if t.isSymbol("^"), label == nil, let group = labelGroup() {
                label = Self.serialize(tokens[group.inner])
                position = group.end
            } else if t.isSymbol("'") {
                primes += 1
                position += 1
            } else {
                break
            }
        }
        let labelText = label.map { "^" + Self.wrap($0) } ?? ""
        let subscriptText = subscriptTokens.map { "_" + Self.wrap(Self.serialize($0)) } ?? ""
        let plain = stem + subscriptText + labelText
        let marks = String(repeating: "'", count: primes)
        let index = subscriptTokens.flatMap { indexExpression($0) }
        return Name(key: plain + marks, plainKey: plain, primes: primes,
                    symbol: Symbol(key: plain + marks, base: stem + labelText + marks, index: index))
    }

    /// A superscript `^{(…)}` after a name: a label such as a layer number, not a power.
    func labelGroup() -> (inner: Range<Int>, end: Int)? {
        guard let open = token(at: 1), open.isSymbol("{"), let first = token(at: 2), first.isSymbol("("),
              let end = TeXPreprocessor.groupEnd(tokens, from: position + 1), tokens[end - 2].isSymbol(")") else { return nil }
        return (position + 2..<end - 1, end)
    }

    /// The part of a name before its subscript: a letter, a Greek letter, `\text{out}`, `\mathbf{x}`, `\hat y`.
    mutating func nameStem() throws -> String {
        guard let t = current else { throw FormulaError("the formula ends where a name was expected") }
        switch t.kind {
        case .letter(let c):
            position += 1
            return String(c)
        case .command(let command):
            if let letter = Self.greek[command] {
                position += 1
                return letter
            }
            if command == "text" || command == "operatorname" {
                position += 1
                if isSymbol("*") { position += 1 }
                guard let range = try argumentRange() else { throw FormulaError("\(t.text) without its text") }
                position = range.end
                let word = Self.serialize(tokens[range.inner])
                guard !word.isEmpty else { throw FormulaError("an empty \(t.text){}") }
                return word
            }
            if command == "mathbf" {
                position += 1
                return try wrappedStem()
            }
            if let mark = Self.accents[command] {
                position += 1
                return try wrappedStem() + mark
            }
            throw unexpected(t)
        default:
            throw unexpected(t)
        }
    }

    /// The name inside a font or accent command: `{x}`, `x` or `\delta` (the font itself does not matter).
    mutating func wrappedStem() throws -> String {
        guard isSymbol("{") else { return try nameStem() }
        guard let range = try argumentRange() else { throw FormulaError("a { is never closed") }
        var inner = subparser(range.inner)
        let stem = try inner.nameStem()
        guard inner.atEnd else { throw FormulaError("`\(Self.serialize(tokens[range.inner]))` is not a name") }
        position = range.end
        return stem
    }

    /// A subscript read as an index (`i`, `2`, `t-1`), or nil when it is only part of a name (`o_1`, `xh`).
    func indexExpression(_ slice: ArraySlice<TeXToken>) -> Expression? {
        var parser = FormulaParser(tokens: Array(slice), source: source, context: ParseContext(), depth: depth + 1)
        guard let e = try? parser.expression(), parser.atEnd, Self.isIndexLike(e) else { return nil }
        return e
    }

    static func isIndexLike(_ e: Expression) -> Bool {
        switch e {
        case .number: return true
        case .symbol(let s): return s.index == nil && s.key.count == 1
        case .sum(let terms): return terms.allSatisfy { isIndexLike($0.expression) }
        default: return false
        }
    }

    /// Tokens as a name's text: braces and font commands dropped, Greek letters as letters.
    static func serialize(_ slice: ArraySlice<TeXToken>) -> String {
        var out = ""
        for t in slice {
            switch t.kind {
            case .symbol("{"), .symbol("}"):
                continue
            case .command(let name):
                if let letter = greek[name] { out += letter } else if ["text", "mathbf", "operatorname"].contains(name) { continue } else { out += t.text }
            default:
                out += t.text
            }
        }
        return out
    }

    /// `x` stays `x`; longer text is braced: `{ji}`.
    static func wrap(_ text: String) -> String { text.count == 1 ? text : "{" + text + "}" }

    /// The key of a name written on its own, as a check's variables are (`x`, `\beta`, `w_{ji}^{(l)}`,
    /// `\sigma_B^2`), or nil when the text is not one name.
    static func nameKey(_ text: String) -> String? {
        guard let tokens = try? TeXPreprocessor.prepare(TeXTokenizer.tokens(text)), !tokens.isEmpty else { return nil }
        var parser = FormulaParser(tokens: tokens, source: Array(text), context: ParseContext())
        guard let t = parser.current, parser.startsName(t), let name = try? parser.name() else { return nil }
        if parser.isSymbol("^") {
            parser.position += 1
            guard let range = try? parser.argumentRange() else { return nil }
            parser.position = range.end
            guard parser.atEnd else { return nil }
            return name.key + "^" + wrap(serialize(parser.tokens[range.inner]))
        }
        return parser.atEnd ? name.key : nil
    }
}
