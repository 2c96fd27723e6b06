@testable import FormulaCheck
import NN

/// Parses a formula with names from earlier formulas and the check's variables.
func statements(_ tex: String, functions: Set<String> = [], values: Set<String> = [], bound: Set<String> = []) throws -> [Statement] {
    var context = ParseContext(functions: functions, values: values, bound: bound)
    return try FormulaParser.statements(tex, context: &context)
}

/// The one expression `tex` stands for (parsed as the right side of `0 = tex`).
func expression(_ tex: String, bound: Set<String> = []) throws -> Expression {
    let parsed = try statements("0 = " + tex, bound: bound)
    return parsed[0].sides[1]
}

/// The value of `tex` with numbers for its names (written as in TeX: "x", "\\beta", "w_{ji}").
func value(_ tex: String, _ bindings: [String: Double] = [:], vectors: [String: [Double]] = [:],
           definitions: [String: Definition] = [:]) throws -> [Double] {
    var values: [String: Value] = [:]
    for (name, x) in bindings { values[FormulaParser.nameKey(name)!] = .scalar(x) }
    for (name, xs) in vectors { values[FormulaParser.nameKey(name)!] = Value(Tensor(xs)) }
    var context = ParseContext(functions: Set(definitions.filter { $0.value.isFunction }.keys),
                               values: Set(definitions.filter { !$0.value.isFunction }.keys), bound: Set(values.keys))
    let parsed = try FormulaParser.statements("0 = " + tex, context: &context)
    return try Evaluator(definitions: definitions, bindings: values).evaluate(parsed[0].sides[1]).scalars
}

/// The one number `tex` evaluates to.
func number(_ tex: String, _ bindings: [String: Double] = [:], vectors: [String: [Double]] = [:]) throws -> Double {
    let v = try value(tex, bindings, vectors: vectors)
    precondition(v.count == 1, "\(tex) is a vector")
    return v[0]
}

/// The message a formula that cannot be parsed gives, or nil when it parses.
func parseError(_ tex: String, functions: Set<String> = [], bound: Set<String> = []) -> String? {
    do {
        _ = try statements(tex, functions: functions, bound: bound)
        return nil
    } catch let error as FormulaError {
        return error.message
    } catch {
        return "\(error)"
    }
}

func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    Swift.abs(a - b) <= tolerance * Swift.max(1, Swift.abs(a), Swift.abs(b))
}
