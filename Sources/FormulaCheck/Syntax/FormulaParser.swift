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

    // MARK: Statements

    static func isSeparator(_ t: TeXToken) -> Bool {
        t.isSymbol(",") || t.isSymbol(";") || t.isSymbol(".") || t.isCommand("\\")
    }

    mutating func formula() throws -> [Statement] {
        var result: [Statement] = []
        while true {
            while let t = current, Self.isSeparator(t) { position += 1 }
            guard !atEnd else { break }
            result.append(try statement())
            if let t = current, !Self.isSeparator(t) { throw unexpected(t) }
        }
        if result.isEmpty { throw FormulaError("the formula is empty") }
        return result
    }

    enum RelationToken: Equatable { case relation(Relation), define }

    func relationAt() -> (RelationToken, length: Int)? {
        guard let t = current else { return nil }
        switch t.kind {
        case .symbol("="): return (.relation(.equal), 1)
        case .symbol("<"): return (.relation(.less), 1)
        case .symbol(">"): return (.relation(.greater), 1)
        case .symbol(":") where token(at: 1)?.isSymbol("=") == true: return (.define, 2)
        case .command("le"): return (.relation(.lessEqual), 1)
        case .command("ge"): return (.relation(.greaterEqual), 1)
        case .command("approx"): return (.relation(.approx), 1)
        case .command("coloneq"): return (.define, 1)
        default: return nil
        }
    }

    mutating func statement() throws -> Statement {
        let headStart = position
        let head = try functionHead()
        let headText = head.map { _ in text(headStart, position) }
        if head != nil, let (_, length) = relationAt() { position += length }

        var sides: [Expression] = []
        var texts: [String] = []
        var relations: [RelationToken] = []
        while true {
            let start = position
            sides.append(try expression())
            texts.append(text(start, position))
            guard let (relation, length) = relationAt() else { break }
            relations.append(relation)
            position += length
        }
        if let t = current, !Self.isSeparator(t) { throw unexpected(t) }

        var definition: Definition?
        if let head {
            definition = Definition(name: head.name, parameters: head.parameters, body: sides[0], head: headText ?? head.name)
            context.functions.insert(head.name)
        } else if relations.first == .define || relations.first == .relation(.equal),
                  let name = definableName(sides[0], explicit: relations.first == .define) {
            definition = Definition(name: name, parameters: [], body: sides[1], head: texts[0])
            if case .symbol(let s) = sides[0], case .symbol(let letter)? = s.index {
                definition?.subscripted = .init(base: s.base, variable: letter.key)
            }
            sides.removeFirst()
            texts.removeFirst()
            relations.removeFirst()
            context.values.insert(name)
        } else if relations.first == .define {
            throw FormulaError("only a name can be defined with := (`\(texts[0])` is not one)")
        }
        var plain: [Relation] = []
        for relation in relations {
            guard case .relation(let r) = relation else {
                throw FormulaError(":= may only follow the name it defines")
            }
            plain.append(r)
        }
        if definition == nil && plain.isEmpty {
            throw FormulaError("`\(texts[0])` states no relation (=, ≈, <, ≤, >, ≥) and defines nothing")
        }
        return Statement(definition: definition, sides: sides, relations: plain, texts: texts)
    }

    /// The name a statement `name = …` defines, if its first side can be a new name.
    func definableName(_ side: Expression, explicit: Bool) -> String? {
        func free(_ key: String) -> Bool {
            !context.bound.contains(key) && (explicit || (!context.values.contains(key) && !context.functions.contains(key)))
        }
        func selects(_ s: Symbol) -> Bool {
            s.index != nil && (context.bound.contains(s.base) || context.values.contains(s.base))
        }
        switch side {
        case .symbol(let s) where s.key != "e" && s.key != "π" && !selects(s):
            return free(s.key) ? s.key : nil
        case .power(.symbol(let s), _, let name?) where s.key != "e" && s.key != "π" && !selects(s):
            return free(name) && free(s.key) ? name : nil
        default:
            return nil
        }
    }

    /// `f(x, y)` at the start of a statement, followed by `=` or `:=`, when `f` is a new function; else nil
    /// with nothing consumed.
    mutating func functionHead() throws -> (name: String, parameters: [String])? {
        let start = position
        guard let t = current, startsName(t), let name = try? self.name(), name.primes == 0, isSymbol("("),
              name.key != "σ", BuiltinFunction.operatorNames[name.key.lowercased()] == nil,
              !context.bound.contains(name.key) else {
            position = start
            return nil
        }
        position += 1
        var parameters: [String] = []
        while true {
            guard let t = current, startsName(t), let parameter = try? self.name(), parameter.primes == 0 else {
                position = start
                return nil
            }
            parameters.append(parameter.key)
            if isSymbol(",") { position += 1; continue }
            if isSymbol(")") { position += 1; break }
            position = start
            return nil
        }
        guard let (relation, _) = relationAt(),
              relation == .define || (relation == .relation(.equal) && !context.functions.contains(name.key)) else {
            position = start
            return nil
        }
        return (name.key, parameters)
    }

    // MARK: Sums, products, factors

    mutating func expression() throws -> Expression {
        try enter()
        defer { leave() }
        var terms: [Expression.Term] = []
        var negative = false
        if isSymbol("+") { position += 1 } else if isSymbol("-") { negative = true; position += 1 }
        terms.append(.init(negative: negative, expression: try term()))
        while let t = current {
            if t.isSymbol("+") || t.isSymbol("-") {
                position += 1
                terms.append(.init(negative: t.isSymbol("-"), expression: try term()))
            } else if t.isCommand("pm") || t.isCommand("mp") {
                throw FormulaError.unsupported(t.text)
            } else {
                break
            }
        }
        return terms.count == 1 && !terms[0].negative ? terms[0].expression : .sum(terms)
    }

    mutating func term() throws -> Expression {
        var factors = [Expression.Factor(operation: .times, expression: try factor())]
        while let t = current {
            let operation: Expression.Factor.Operation
            if t.isCommand("cdot") || t.isCommand("times") || t.isSymbol("*") {
                operation = .times
                position += 1
            } else if t.isSymbol("/") {
                operation = .divide
                position += 1
            } else if t.isCommand("odot") {
                operation = .hadamard
                position += 1
            } else if startsOperand(t) {
                operation = .times
            } else {
                break
            }
            factors.append(.init(operation: operation, expression: try factor()))
        }
        return factors.count == 1 ? factors[0].expression : .product(factors)
    }

    mutating func factor() throws -> Expression {
        var negative = false
        while isSymbol("-") || isSymbol("+") {
            if isSymbol("-") { negative.toggle() }
            position += 1
        }
        let e = try postfixed()
        return negative ? .negate(e) : e
    }

    /// A primary with its superscripts (powers, transposes) and subscripts (elements).
    mutating func postfixed() throws -> Expression {
        var e = try primary()
        while let t = current {
            if t.isSymbol("^") {
                position += 1
                if let end = transposeMark() {
                    position = end
                    e = .transpose(e)
                    continue
                }
                guard let range = try argumentRange() else { throw FormulaError("^ without an exponent") }
                let superscript = Self.serialize(tokens[range.inner])
                let exponent = try argument(range)
                var name: String?
                if case .symbol(let s) = e { name = s.key + "^" + Self.wrap(superscript) }
                e = .power(e, exponent, name: name)
            } else if t.isSymbol("_") {
                position += 1
                guard let range = try argumentRange() else { throw FormulaError("_ without a subscript") }
                e = .element(e, index: try argument(range))
            } else if t.isSymbol("'") {
                throw FormulaError("a prime after something that is not a function's name (write f'(x))")
            } else if t.isSymbol("!") {
                throw FormulaError.unsupported("the factorial !")
            } else {
                break
            }
        }
        return e
    }

    /// The position after a transpose mark (`\top`, `{\top}`, `\mathbf{T}`, `\text{T}`) right after `^`.
    func transposeMark() -> Int? {
        guard let t = current else { return nil }
        if t.isCommand("top") { return position + 1 }
        let words = ["{\\top}", "\\mathbf{T}", "{\\mathbf{T}}", "\\text{T}", "{\\text{T}}"]
        for word in words {
            let count = TeXTokenizer.tokens(word).count
            guard position + count <= tokens.count else { continue }
            if tokens[position..<position + count].map(\.text).joined() == word { return position + count }
        }
        return nil
    }

    /// Whether `t` can begin an operand, so that it multiplies what stands before it.
    func startsOperand(_ t: TeXToken) -> Bool {
        switch t.kind {
        case .digit, .letter: return true
        case .symbol("("), .symbol("["), .symbol("{"): return true
        case .symbol("|"): return openBars == 0
        case .symbol("."): return token(at: 1).map { if case .digit = $0.kind { return true } else { return false } } ?? false
        case .command("|"): return openNorms == 0
        case .command(let name): return !Self.nonOperandCommands.contains(name)
        default: return false
        }
    }

    /// Commands that never begin an operand: operators, relations, closing delimiters.
    static let nonOperandCommands: Set<String> = [
        "cdot", "times", "odot", "le", "ge", "approx", "coloneq", "rvert", "rVert", "rfloor", "rceil", "over", "\\",
        "pm", "mp", "ne", "neq", "iff", "Rightarrow", "Longrightarrow", "implies", "leftarrow", "rightarrow",
        "Leftarrow", "longrightarrow", "to", "gets", "sim", "propto", "in", "equiv", "ll", "gg", "circ", "mid",
        "top", "}", "{",
    ]
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace || c == "&" { s = s.dropLast() }
        return String(s)
    }
}
