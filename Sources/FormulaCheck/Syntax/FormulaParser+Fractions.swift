/// Fractions (and the derivatives written as fractions), roots, sums and products.
extension FormulaParser {
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
}
