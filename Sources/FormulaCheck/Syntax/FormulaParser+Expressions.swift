/// Sums, products, factors, and the superscripts and subscripts after an operand.
extension FormulaParser {
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
    ///
    /// Like TeX, one operand takes one superscript and one subscript (`x^2^2` is a double superscript),
    /// so the tree stays as shallow as the nesting.
    mutating func postfixed() throws -> Expression {
        var e = try primary()
        var superscripts = 0, subscripts = 0
        while let t = current {
            if t.isSymbol("^") {
                superscripts += 1
                if superscripts > 1 { throw FormulaError("a double superscript (write {x^a}^b)") }
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
                subscripts += 1
                if subscripts > 1 { throw FormulaError("a double subscript (write {x_a}_b)") }
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
