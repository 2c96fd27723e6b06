extension Expression {
    /// The expressions directly inside this one.
    var children: [Expression] {
        switch self {
        case .number, .symbol: return []
        case .sum(let terms): return terms.map(\.expression)
        case .product(let factors): return factors.map(\.expression)
        case .negate(let e), .abs(let e), .norm(let e, _), .floor(let e), .ceiling(let e), .transpose(let e):
            return [e]
        case .power(let a, let b, _): return [a, b]
        case .builtin(_, let arguments), .apply(_, let arguments): return arguments
        case .derivative(_, let e), .partial(let e, _): return [e]
        case .bigOperator(_, _, let lower, let upper, let body): return [lower, upper, body].compactMap { $0 }
        case .element(let e, let index): return [e, index]
        }
    }

    /// Every symbol in the expression, found without recursion.
    var symbols: [Symbol] {
        var found: [Symbol] = []
        var stack = [self]
        while let e = stack.popLast() {
            if case .symbol(let s) = e { found.append(s) }
            stack += e.children
        }
        return found
    }
}
