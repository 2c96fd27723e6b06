/// Decides whether the relations of a statement hold at one point.
///
/// `=` and `\approx` hold when |left − right| ≤ tolerance · max(1, |left|, |right|): relative for
/// values above 1, absolute below; `≤` and `≥` allow the same rounding; `<` and `>` are strict.
/// A value that is not a finite number never satisfies a relation (unless both sides are the same
/// infinity), and a definition must be finite.
struct Comparison {
    var equal: Double
    var approximate: Double

    /// What failed, or nil when every relation holds.
    struct Failure {
        /// The relation as written: `\sigma(x) = \frac{1}{1-e^{-x}}`.
        var relation: String
        /// The values: `left 0.622, right 2.54`.
        var values: String
    }

    func firstFailure(_ statement: Statement, _ values: [Value]) throws -> Failure? {
        if let definition = statement.definition, let bad = values[0].scalars.first(where: { !$0.isFinite }) {
            return Failure(relation: "\(definition.head) = \(Self.clip(statement.texts[0]))",
                           values: "the value is \(NumberText.short(bad)), not a finite number")
        }
        for (k, relation) in statement.relations.enumerated() {
            let left = try values[k].plain("compared"), right = try values[k + 1].plain("compared")
            let written = "\(Self.clip(statement.texts[k])) \(relation.rawValue) \(Self.clip(statement.texts[k + 1]))"
            guard left.isScalar || right.isScalar || left.count == right.count else {
                throw FormulaError("the sides of \(written) are \(left.kind) and \(right.kind)")
            }
            let count = max(left.count, right.count)
            for i in 0..<count {
                let l = left.scalars[left.isScalar ? 0 : i], r = right.scalars[right.isScalar ? 0 : i]
                guard !holds(l, relation, r) else { continue }
                let (lt, rt) = NumberText.pair(l, r)
                let component = count > 1 ? "component \(i + 1): " : ""
                return Failure(relation: written, values: "\(component)left \(lt), right \(rt)")
            }
        }
        return nil
    }

    func holds(_ l: Double, _ relation: Relation, _ r: Double) -> Bool {
        func close(_ tolerance: Double) -> Bool {
            if l == r { return true }
            guard l.isFinite && r.isFinite else { return false }
            return Swift.abs(l - r) <= tolerance * Swift.max(1, Swift.abs(l), Swift.abs(r))
        }
        switch relation {
        case .equal: return close(equal)
        case .approx: return close(approximate)
        case .less: return l < r
        case .greater: return l > r
        case .lessEqual: return l <= r || close(equal)
        case .greaterEqual: return l >= r || close(equal)
        }
    }

    /// A side's TeX, cut to 40 characters for messages.
    static func clip(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(39)) + "…"
    }
}
