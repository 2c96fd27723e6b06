import Foundation
import NN

/// Computes a formula's expressions at one point.
///
/// Names resolve innermost first: a function's parameters and a sum's index, then the variable a
/// derivative is taken with respect to, then the check's variables, then definitions from earlier
/// formulas (evaluated where they are used), then the constants `e` and `π`.
final class Evaluator {
    /// Steps one check may take over all its points (a step computes one component of one node of the tree).
    static let maxSteps = 1_000_000
    static let maxDefinitionDepth = 24
    static let maxTerms = 100_000

    let definitions: [String: Definition]
    let bindings: [String: Value]
    /// Function parameters and sum indices, innermost last.
    var locals: [[String: Value]] = []
    /// The variables derivatives are taken with respect to: their autograd leaves.
    var overrides: [String: Value] = [:]
    /// Definitions being evaluated, to catch a name defined in terms of itself.
    var expanding: [String] = []
    var inDerivative = false
    /// Steps taken so far by this check.
    var steps: Int

    /// Definitions of names with a letter as subscript (`S_t`), by the name without it (`S`).
    let bySubscriptedBase: [String: Definition]

    init(definitions: [String: Definition], bindings: [String: Value], steps: Int = 0) {
        self.definitions = definitions
        self.bindings = bindings
        self.steps = steps
        var bySubscriptedBase: [String: Definition] = [:]
        for definition in definitions.values.sorted(by: { $0.name > $1.name }) {
            if let base = definition.subscripted?.base { bySubscriptedBase[base] = definition }
        }
        self.bySubscriptedBase = bySubscriptedBase
    }

    /// The value of `e`; each node costs a step per component it computes.
    func evaluate(_ e: Expression) throws -> Value {
        try spend(1)
        let v = try node(e)
        try spend(v.count - 1)
        return v
    }

    func spend(_ cost: Int) throws {
        steps += cost
        if steps > Self.maxSteps { throw FormulaError("the formula takes more than \(Self.maxSteps) steps to evaluate") }
    }

    private func node(_ e: Expression) throws -> Value {
        switch e {
        case .number(let x):
            return .scalar(x)
        case .symbol(let s):
            return try value(of: s)
        case .sum(let terms):
            var total: Value?
            for term in terms {
                let v = try evaluate(term.expression)
                if let t = total {
                    total = try t.adding(v, negative: term.negative)
                } else {
                    total = term.negative ? Value(-(try v.plain("negated")).tensor) : v
                }
            }
            return total ?? .scalar(0)
        case .product(let factors):
            var result = try evaluate(factors[0].expression)
            for factor in factors.dropFirst() {
                result = try result.multiplying(try evaluate(factor.expression), factor.operation)
            }
            return result
        case .negate(let inner):
            return Value(-(try evaluate(inner).plain("negated")).tensor)
        case .power(let base, let exponent, let name):
            return try power(base, exponent, name: name)
        case .builtin(let function, let arguments):
            return try apply(function, try arguments.map(evaluate))
        case .apply(let name, let arguments):
            return try call(name, try arguments.map(evaluate))
        case .derivative(let callee, let argument):
            let at = try evaluate(argument).plain("differentiated")
            return try differentiate(at: at, component: nil) { leaf in
                switch callee {
                case .builtin(let function): return try self.apply(function, [leaf])
                case .defined(let name): return try self.call(name, [leaf])
                }
            }
        case .partial(let numerator, let variable):
            return try partial(numerator, withRespectTo: variable)
        case .bigOperator(let kind, let index, let lower, let upper, let body):
            return try bigOperator(kind, index: index, lower: lower, upper: upper, body: body)
        case .abs(let inner):
            return Value(try evaluate(inner).plain("inside |…|").tensor.abs())
        case .norm(let inner, let order):
            let v = try evaluate(inner).plain("inside a norm").tensor
            return Value(order == 1 ? v.abs().sum() : (v * v).sum().sqrt())
        case .floor(let inner):
            return Value(try evaluate(inner).plain("rounded").tensor.unary("floor", Foundation.floor, derivative: { _, _ in 0 }))
        case .ceiling(let inner):
            return Value(try evaluate(inner).plain("rounded").tensor.unary("ceil", Foundation.ceil, derivative: { _, _ in 0 }))
        case .transpose(let inner):
            let v = try evaluate(inner).plain("transposed twice")
            return v.isScalar ? v : Value(v.tensor, transposed: true)
        case .element(let inner, let index):
            let v = try evaluate(inner)
            return try v.element(try integer(index, "an index"), of: "the value")
        }
    }

    // MARK: Names

    /// The value bound to a whole name, or nil when nothing binds it.
    func lookup(_ key: String) throws -> Value? {
        for scope in locals.reversed() {
            if let v = scope[key] { return v }
        }
        if let v = overrides[key] { return v }
        if let v = bindings[key] { return v }
        guard let definition = definitions[key] else { return nil }
        guard !definition.isFunction else {
            throw FormulaError("\(key) is a function defined earlier; write \(definition.head)")
        }
        return try expand(definition) { try self.evaluate(definition.body) }
    }

    func value(of s: Symbol) throws -> Value {
        if let v = try lookup(s.key) { return v }
        if let index = s.index, let base = try lookup(s.base) {
            return try base.element(try integer(index, "the index of \(s.key)"), of: s.base)
        }
        if let index = s.index, let definition = bySubscriptedBase[s.base], let letter = definition.subscripted?.variable {
            let at = try evaluate(index).plain("a subscript")
            return try expand(definition) {
                locals.append([letter: at])
                defer { locals.removeLast() }
                return try evaluate(definition.body)
            }
        }
        if let delta = try kronecker(s) { return delta }
        if s.key == "e" { return .scalar(M_E) }
        if s.key == "π" { return .scalar(Double.pi) }
        throw FormulaError("\(s.key) has no value; give it one in the check (\(s.key) = …) or define it in an earlier checked formula")
    }

    /// `\delta_{kj}`: 1 when the two whole numbers k and j are equal, else 0 (when nothing else binds it).
    func kronecker(_ s: Symbol) throws -> Value? {
        guard s.key.hasPrefix("δ_{"), s.key.hasSuffix("}") else { return nil }
        let letters = Array(s.key.dropFirst(3).dropLast())
        guard letters.count == 2, let a = try lookup(String(letters[0])), let b = try lookup(String(letters[1])),
              a.isScalar, b.isScalar else { return nil }
        return .scalar(a.scalars[0] == b.scalars[0] ? 1 : 0)
    }

    /// Evaluates a definition's body, guarding against a name defined in terms of itself.
    func expand<T>(_ definition: Definition, _ body: () throws -> T) throws -> T {
        if expanding.contains(definition.name) {
            throw FormulaError("\(definition.name) is defined in terms of itself")
        }
        if expanding.count >= Self.maxDefinitionDepth {
            throw FormulaError("definitions nest more than \(Self.maxDefinitionDepth) levels deep")
        }
        expanding.append(definition.name)
        defer { expanding.removeLast() }
        return try body()
    }

    /// An expression that must be a whole number (an index, a limit).
    func integer(_ e: Expression, _ what: String) throws -> Int {
        let v = try evaluate(e)
        guard v.isScalar, let x = v.scalars.first, x.isFinite, Swift.abs(x - x.rounded()) < 1e-9, Swift.abs(x) < 1e9 else {
            throw FormulaError("\(what) should be a whole number")
        }
        return Int(x.rounded())
    }
}
