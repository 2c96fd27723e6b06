extension FormulaParser {
    /// One operand: a number, a name, a call, a group, a fraction, a root, a sum, a delimited value.
    mutating func primary() throws -> Expression {
        try enter()
        defer { leave() }
        guard let t = current else { throw FormulaError("the formula ends where a value was expected") }
        switch t.kind {
        case .digit:
            return number()
        case .symbol(".") where startsOperand(t):
            return number()
        case .symbol("("):
            return try delimited(closing: ")")
        case .symbol("["):
            return try delimited(closing: "]")
        case .symbol("{"):
            guard let range = try argumentRange() else { throw unexpected(t) }
            return try argument(range)
        case .symbol("|"):
            position += 1
            openBars += 1
            let inner = try expression()
            try expect("|", closing: "|…|")
            openBars -= 1
            return .abs(inner)
        case .letter:
            return try nameOrCall()
        case .command(let name):
            return try commandPrimary(name, t)
        default:
            throw unexpected(t)
        }
    }

    mutating func number() -> Expression {
        var text = ""
        while let t = current {
            if case .digit(let c) = t.kind {
                text.append(c)
            } else if t.isSymbol("."), !text.contains("."), let next = token(at: 1), case .digit = next.kind {
                text.append(".")
            } else {
                break
            }
            position += 1
        }
        return .number(Double(text) ?? 0)
    }

    /// `( … )` or `[ … ]`; bars opened outside do not close inside.
    mutating func delimited(closing: Character) throws -> Expression {
        position += 1
        let (bars, norms) = (openBars, openNorms)
        (openBars, openNorms) = (0, 0)
        let inner = try expression()
        try expect(closing, closing: closing == ")" ? "(…)" : "[…]")
        (openBars, openNorms) = (bars, norms)
        return inner
    }

    mutating func commandPrimary(_ name: String, _ t: TeXToken) throws -> Expression {
        switch name {
        case "frac":
            return try fraction()
        case "sqrt":
            return try squareRoot()
        case "sum", "prod":
            return try bigOperator(name == "sum" ? .sum : .product)
        case "lvert":
            position += 1
            let inner = try expression()
            try expectCommand("rvert", closing: "\\lvert…\\rvert")
            return .abs(inner)
        case "|", "lVert":
            position += 1
            openNorms += 1
            let inner = try expression()
            if name == "|" { try expectCommand("|", closing: "\\|…\\|") } else { try expectCommand("rVert", closing: "\\lVert…\\rVert") }
            openNorms -= 1
            return .norm(inner, try normOrder())
        case "lfloor", "lceil":
            position += 1
            let inner = try expression()
            try expectCommand(name == "lfloor" ? "rfloor" : "rceil", closing: "\\\(name)")
            return name == "lfloor" ? .floor(inner) : .ceiling(inner)
        case "underbrace", "overbrace", "boxed":
            position += 1
            guard let range = try argumentRange() else { throw FormulaError("\\\(name) without an argument") }
            let inner = try argument(range)
            if name != "boxed", isSymbol("_") || isSymbol("^") {
                position += 1
                guard let label = try argumentRange() else { throw FormulaError("\\\(name) without its label") }
                position = label.end
            }
            return inner
        case "text", "operatorname":
            if let function = builtinWord() { return try functionCall(function.function, written: function.written, skipping: function.length) }
            return try nameOrCall()
        case "mathbf" where isDigitArgument(after: 1):
            position += 1
            guard let range = try argumentRange() else { throw unexpected(t) }
            return try argument(range)
        case "partial":
            throw FormulaError("∂ outside a fraction (write \\frac{\\partial f}{\\partial x})")
        case "mathbb", "mathcal", "mathfrak", "mathscr":
            position += 1
            let word = (try? argumentRange()).flatMap { $0 }.map { Self.serialize(tokens[$0.inner]) } ?? ""
            throw FormulaError.unsupported("\\\(name){\(word)}")
        case "dots", "cdots", "ldots", "vdots", "ddots":
            throw FormulaError.unsupported("\(t.text) (terms left out)")
        default:
            if let function = BuiltinFunction.commands[name], name != "sigma" {
                return try functionCall(function, written: t.text, skipping: 1)
            }
            if startsName(t) { return try nameOrCall() }
            throw unexpected(t)
        }
    }

    /// `\operatorname{ReLU}` or `\text{softmax}` at the cursor: the function, how it is written, and its token count.
    func builtinWord() -> (function: BuiltinFunction, written: String, length: Int)? {
        var end = position + 1
        if end < tokens.count, tokens[end].isSymbol("*") { end += 1 }
        guard end < tokens.count, tokens[end].isSymbol("{") else { return nil }
        let close = TeXPreprocessor.afterGroup(tokens, from: end)
        let word = Self.serialize(tokens[end..<close])
        guard let function = BuiltinFunction.operatorNames[word.lowercased()] else { return nil }
        return (function, word, close - position)
    }

    func isDigitArgument(after offset: Int) -> Bool {
        guard let t = token(at: offset) else { return false }
        if case .digit = t.kind { return true }
        if t.isSymbol("{"), let inner = token(at: offset + 1), case .digit = inner.kind { return true }
        return false
    }

    /// `_1` or `_2` after a norm; 2 when there is none.
    mutating func normOrder() throws -> Int {
        guard isSymbol("_") else { return 2 }
        position += 1
        guard let range = try argumentRange() else { throw FormulaError("_ without a subscript") }
        position = range.end
        switch Self.serialize(tokens[range.inner]) {
        case "1": return 1
        case "2": return 2
        case let other: throw FormulaError.unsupported("the norm ‖·‖_\(other)")
        }
    }

    // MARK: Arguments

    /// The tokens of the argument at the cursor: a braced group's inside, or one token.
    func argumentRange() throws -> (inner: Range<Int>, end: Int, braced: Bool)? {
        guard let t = current else { return nil }
        guard t.isSymbol("{") else {
            if t.isSymbol("}") { return nil }
            return (position..<position + 1, position + 1, false)
        }
        guard let end = TeXPreprocessor.groupEnd(tokens, from: position) else { throw FormulaError("a { is never closed") }
        return (position + 1..<end - 1, end, true)
    }

    /// Parses an argument's tokens as an expression (with TeX's `{a \over b}`) and moves past it.
    mutating func argument(_ range: (inner: Range<Int>, end: Int, braced: Bool)) throws -> Expression {
        position = range.end
        var parser = subparser(range.inner)
        guard !parser.atEnd else { throw FormulaError("an empty group {}") }
        var e = try parser.expression()
        if parser.isCommand("over") {
            parser.position += 1
            let denominator = try parser.expression()
            e = .product([.init(operation: .times, expression: e), .init(operation: .divide, expression: denominator)])
        }
        if let t = parser.current { throw parser.unexpected(t) }
        return e
    }
}
