/// Calls of built-in and defined functions, and their derivatives written with primes.
extension FormulaParser {
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
}
