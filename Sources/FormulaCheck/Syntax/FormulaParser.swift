/// What a formula's parser knows about names from outside the formula.
struct ParseContext: Sendable {
    /// Functions defined by earlier formulas of the note (and earlier statements of this one).
    var functions: Set<String> = []
    /// Values defined by earlier formulas of the note (and earlier statements of this one).
    var values: Set<String> = []
    /// The names the check gives values to (its variables).
    var bound: Set<String> = []
}

/// Reads the TeX subset into statements.
///
/// A recursive-descent parser: each level of nesting (a group, a fraction, parentheses) is one level
/// of recursion, and more than `maxDepth` levels is an error, so the input cannot overflow the stack.
struct FormulaParser {
    static let maxDepth = 40
    static let maxTokens = 5000

    let tokens: [TeXToken]
    let source: [Character]
    var context: ParseContext
    var position = 0
    var depth: Int
    /// `|` bars opened and not yet closed: inside one, a `|` after an operand closes it.
    var openBars = 0
    /// Likewise for `\|` norms.
    var openNorms = 0

    init(tokens: [TeXToken], source: [Character], context: ParseContext, depth: Int = 0) {
        self.tokens = tokens
        self.source = source
        self.context = context
        self.depth = depth
    }

    /// Parses a whole formula into its statements; `context` gains the names the formula defines.
    static func statements(_ tex: String, context: inout ParseContext) throws -> [Statement] {
        let raw = TeXTokenizer.tokens(tex)
        guard raw.count <= maxTokens else {
            throw FormulaError("the formula has more than \(maxTokens) tokens")
        }
        var parser = FormulaParser(tokens: try TeXPreprocessor.prepare(raw), source: Array(tex), context: context)
        let result = try parser.formula()
        context = parser.context
        return result
    }

    // MARK: Tokens

    var atEnd: Bool { position >= tokens.count }
    var current: TeXToken? { position < tokens.count ? tokens[position] : nil }
    func token(at offset: Int) -> TeXToken? { position + offset < tokens.count ? tokens[position + offset] : nil }
    func isSymbol(_ c: Character) -> Bool { current?.isSymbol(c) ?? false }
    func isCommand(_ name: String) -> Bool { current?.isCommand(name) ?? false }

    mutating func expect(_ c: Character, closing what: String) throws {
        guard isSymbol(c) else {
            if let t = current { throw FormulaError("expected `\(c)` to close \(what), found `\(t.text)`") }
            throw FormulaError("\(what) is never closed")
        }
        position += 1
    }

    mutating func expectCommand(_ name: String, closing what: String) throws {
        guard isCommand(name) else {
            if let t = current { throw FormulaError("expected `\\\(name)` to close \(what), found `\(t.text)`") }
            throw FormulaError("\(what) is never closed")
        }
        position += 1
    }

    func unexpected(_ t: TeXToken) -> FormulaError {
        if case .command = t.kind { return .unsupported(t.text) }
        return FormulaError("unexpected `\(t.text)`")
    }

    mutating func enter() throws {
        depth += 1
        if depth > Self.maxDepth { throw FormulaError("the formula nests more than \(Self.maxDepth) levels deep") }
    }

    mutating func leave() { depth -= 1 }

    /// The TeX of tokens `start..<end`, as written.
    func text(_ start: Int, _ end: Int) -> String {
        guard start < tokens.count else { return "" }
        let from = tokens[start].offset
        let to = end < tokens.count ? tokens[end].offset : source.count
        guard from < to else { return "" }
        return String(source[from..<to]).trimmingWhitespace
    }

    /// A parser for `range` of the tokens, one level deeper.
    func subparser(_ range: Range<Int>) -> FormulaParser {
        FormulaParser(tokens: Array(tokens[range]), source: source, context: context, depth: depth + 1)
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace || c == "&" { s = s.dropLast() }
        return String(s)
    }
}
