import NN

/// Powers, and sums and products over an index.
extension Evaluator {
    func power(_ base: Expression, _ exponent: Expression, name: String?) throws -> Value {
        if let name, let v = try lookup(name) { return v }
        let p = try evaluate(exponent).plain("an exponent")
        guard p.isScalar else { throw FormulaError("an exponent must be a number, not \(p.kind)") }
        if case .symbol(let s) = base, s.key == "e", try lookup("e") == nil {
            return Value(p.tensor.exp())
        }
        let b = try evaluate(base).plain("raised to a power")
        if !p.tensor.requiresGrad { return Value(b.tensor.pow(p.scalars[0])) }
        return Value(b.tensor.raised(to: p.tensor))
    }

    func bigOperator(_ kind: Expression.BigOperator, index: String, lower: Expression?, upper: Expression?,
                     body: Expression) throws -> Value {
        let written = kind == .sum ? "\\sum" : "\\prod"
        let first: Int, last: Int
        if let lower, let upper {
            first = try integer(lower, "the lower limit of \(written)")
            last = try integer(upper, "the upper limit of \(written)")
        } else {
            first = 1
            last = try inferredLength(index: index, body: body, written: written)
        }
        guard last - first < Self.maxTerms else { throw FormulaError("\(written) has more than \(Self.maxTerms) terms") }
        var result: Value?
        if first <= last {
            for k in first...last {
                locals.append([index: .scalar(Double(k))])
                defer { locals.removeLast() }
                let v = try evaluate(body).plain(kind == .sum ? "summed" : "multiplied")
                if let r = result {
                    try Value.fit(r, v, kind == .sum ? "added" : "multiplied")
                    result = Value(kind == .sum ? r.tensor + v.tensor : r.tensor * v.tensor)
                } else {
                    result = v
                }
            }
        }
        return result ?? .scalar(kind == .sum ? 0 : 1)
    }

    /// How far `\sum_i` runs without limits: the length of the vectors the body selects from with `i`.
    func inferredLength(index: String, body: Expression, written: String) throws -> Int {
        var lengths = Set<Int>()
        for s in body.symbols {
            guard case .symbol(let i)? = s.index, i.key == index, try lookup(s.key) == nil,
                  let base = try lookup(s.base), !base.isScalar else { continue }
            lengths.insert(base.count)
        }
        guard let length = lengths.first else {
            throw FormulaError("\(written)_\(index) has no limits and selects from no vector with \(index); write \(written)_{\(index)=1}^{n}")
        }
        guard lengths.count == 1 else {
            throw FormulaError("\(written)_\(index) selects from vectors of different lengths \(lengths.sorted())")
        }
        return length
    }
}
