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

    // MARK: Functions

    /// A built-in function after its name (`length` tokens): primes, a power, a log's base, the arguments.
    mutating func functionCall(_ function: BuiltinFunction, written: String, skipping length: Int) throws -> Expression {
        position += length
        var primes = 0
        var exponent: Expression?
        var base: Expression?
        while let t = current {
            if t.isSymbol("'") {
                primes += 1
                position += 1
            } else if t.isSymbol("^"), exponent == nil {
                position += 1
                guard let range = try argumentRange() else { throw FormulaError("^ without an exponent") }
                if Self.serialize(tokens[range.inner]) == "-1" {
                    throw FormulaError.unsupported("the inverse function \(written)^{-1}")
                }
                exponent = try argument(range)
            } else if t.isSymbol("_") {
                guard function == .log, base == nil else {
                    throw FormulaError.unsupported("\(written) with a subscript")
                }
                position += 1
                guard let range = try argumentRange() else { throw FormulaError("_ without a subscript") }
                base = try argument(range)
            } else {
                break
            }
        }
        let arguments: [Expression]
        if isSymbol("(") {
            arguments = try callArguments()
        } else {
            guard function.arity == 1 else { throw FormulaError("\(written) needs its arguments in parentheses") }
            arguments = [try implicitArgument()]
        }
        guard arguments.count == function.arity else {
            throw FormulaError("\(written) takes \(function.arity) argument\(function.arity == 1 ? "" : "s"), not \(arguments.count)")
        }
        var e: Expression
        switch primes {
        case 0: e = .builtin(function, arguments)
        case 1: e = .derivative(.builtin(function), arguments[0])
        default: throw FormulaError.unsupported("a second derivative (\(written)'')")
        }
        if let base { e = .product([.init(operation: .times, expression: e), .init(operation: .divide, expression: .builtin(.log, [base]))]) }
        if let exponent { e = .power(e, exponent, name: nil) }
        return e
    }

    /// `( a, b, … )`.
    mutating func callArguments() throws -> [Expression] {
        position += 1
        let (bars, norms) = (openBars, openNorms)
        (openBars, openNorms) = (0, 0)
        var arguments = [try expression()]
        while isSymbol(",") {
            position += 1
            arguments.append(try expression())
        }
        try expect(")", closing: "the arguments")
        (openBars, openNorms) = (bars, norms)
        return arguments
    }

    /// A function's argument written without parentheses (`\log \hat y_k`, `\tanh 2x`): the operands that
    /// follow by juxtaposition, up to the next operator or function.
    mutating func implicitArgument() throws -> Expression {
        var factors = [Expression.Factor(operation: .times, expression: try postfixed())]
        while let t = current, startsOperand(t), !startsFunction(t) {
            factors.append(.init(operation: .times, expression: try postfixed()))
        }
        return factors.count == 1 ? factors[0].expression : .product(factors)
    }

    func startsFunction(_ t: TeXToken) -> Bool {
        guard case .command(let name) = t.kind else { return false }
        return BuiltinFunction.commands[name] != nil || name == "operatorname"
    }

    /// A name, or a call of a function the note defined, or `\sigma(…)`.
    mutating func nameOrCall() throws -> Expression {
        let name = try self.name()
        let plain = name.plainKey
        if plain == "σ", name.primes > 0 || isSymbol("(") {
            let argument = isSymbol("(") ? try callArguments() : [try implicitArgument()]
            guard argument.count == 1 else { throw FormulaError("\\sigma takes 1 argument, not \(argument.count)") }
            switch name.primes {
            case 0: return .builtin(.sigmoid, argument)
            case 1: return .derivative(.builtin(.sigmoid), argument[0])
            default: throw FormulaError.unsupported("a second derivative (\\sigma'')")
            }
        }
        if context.functions.contains(plain) {
            guard isSymbol("(") else { throw FormulaError("\(plain) is a function defined earlier; write \(plain)(…)") }
            let arguments = try callArguments()
            switch name.primes {
            case 0: return .apply(plain, arguments)
            case 1:
                guard arguments.count == 1 else { throw FormulaError("\(plain)' needs a function of one variable") }
                return .derivative(.defined(plain), arguments[0])
            default: throw FormulaError.unsupported("a second derivative (\(plain)'')")
            }
        }
        if name.primes > 0 && isSymbol("(") {
            throw FormulaError("\(plain)' reads as the derivative of a function \(plain), which no earlier checked formula defines")
        }
        return .symbol(name.symbol)
    }

    // MARK: Fractions, roots, sums

    mutating func fraction() throws -> Expression {
        position += 1
        guard let numerator = try argumentRange() else { throw FormulaError("\\frac needs two arguments") }
        position = numerator.end
        guard let denominator = try argumentRange() else { throw FormulaError("\\frac needs two arguments") }
        position = denominator.end
        if let derivative = try derivativeFraction(numerator.inner, denominator.inner) { return derivative }
        return .product([.init(operation: .times, expression: try argument(numerator)),
                         .init(operation: .divide, expression: try argument(denominator))])
    }

    /// `\frac{d}{dx}`, `\frac{df}{dx}`, `\frac{\partial E}{\partial w}`, or nil for an ordinary fraction.
    mutating func derivativeFraction(_ numerator: Range<Int>, _ denominator: Range<Int>) throws -> Expression? {
        guard let top = Self.derivativeMark(tokens[numerator]), let bottom = Self.derivativeMark(tokens[denominator]),
              top.partial == bottom.partial else { return nil }
        var variableParser = subparser(bottom.rest)
        guard let variable = try? variableParser.name(), variableParser.atEnd, variable.primes == 0 else {
            let written = Self.serialize(tokens[denominator])
            if tokens[bottom.rest].contains(where: { $0.isSymbol("^") }) {
                throw FormulaError.unsupported("a second derivative (\\frac{…}{\(written)})")
            }
            if top.partial { throw FormulaError("the denominator \(written) should be ∂ and one variable") }
            return nil
        }
        if top.rest.isEmpty {
            return .partial(try term(), variable.symbol)
        }
        if tokens[top.rest.lowerBound].isSymbol("^") {
            throw FormulaError.unsupported("a second derivative (\\partial^2)")
        }
        return .partial(try argument((inner: top.rest, end: position, braced: true)), variable.symbol)
    }

    /// The tokens after a leading `d`, `\text{d}` or `\partial`, and which it was.
    static func derivativeMark(_ slice: ArraySlice<TeXToken>) -> (partial: Bool, rest: Range<Int>)? {
        guard let first = slice.first else { return nil }
        let start = slice.startIndex
        if first.isCommand("partial") { return (true, start + 1..<slice.endIndex) }
        if first.kind == .letter("d") { return (false, start + 1..<slice.endIndex) }
        if first.isCommand("text"), slice.count >= 4, slice[start + 1].isSymbol("{"), slice[start + 2].kind == .letter("d"),
           slice[start + 3].isSymbol("}") {
            return (false, start + 4..<slice.endIndex)
        }
        return nil
    }

    mutating func squareRoot() throws -> Expression {
        position += 1
        var degree: Expression?
        if isSymbol("[") {
            let start = position + 1
            var end = start
            while end < tokens.count, !tokens[end].isSymbol("]") { end += 1 }
            guard end < tokens.count else { throw FormulaError("\\sqrt[ is never closed") }
            degree = try argument((inner: start..<end, end: end + 1, braced: true))
            position = end + 1
        }
        guard let range = try argumentRange() else { throw FormulaError("\\sqrt without an argument") }
        let radicand = try argument(range)
        guard let degree else { return .builtin(.sqrt, [radicand]) }
        return .power(radicand, .product([.init(operation: .times, expression: .number(1)),
                                          .init(operation: .divide, expression: degree)]), name: nil)
    }

    mutating func bigOperator(_ kind: Expression.BigOperator) throws -> Expression {
        let written = current?.text ?? "\\sum"
        position += 1
        var index: String?
        var lower: Expression?
        var upper: Expression?
        var upperSeen = false
        for _ in 0..<2 {
            if isSymbol("_"), index == nil {
                position += 1
                guard let range = try argumentRange() else { throw FormulaError("\(written)_ without an index") }
                position = range.end
                var limits = subparser(range.inner)
                index = try limits.name().key
                if limits.isSymbol("=") {
                    limits.position += 1
                    lower = try limits.expression()
                }
                guard limits.atEnd else { throw FormulaError("\(written)'s index should read i or i=1") }
            } else if isSymbol("^"), !upperSeen {
                position += 1
                upperSeen = true
                guard let range = try argumentRange() else { throw FormulaError("\(written)^ without an upper limit") }
                upper = try argument(range)
            }
        }
        guard let index else { throw FormulaError("\(written) needs an index below it (\(written)_{i=1}^{n})") }
        guard (lower == nil) == (upper == nil) else {
            throw FormulaError("\(written) needs both limits (\(written)_{i=1}^{n}) or neither (\(written)_i)")
        }
        return .bigOperator(kind, index: index, lower: lower, upper: upper, body: try term())
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
