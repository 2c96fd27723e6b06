import NN

/// Built-in functions and the functions earlier formulas defined.
extension Evaluator {
    func apply(_ function: BuiltinFunction, _ arguments: [Value]) throws -> Value {
        let values = try arguments.map { try $0.plain("a function's argument") }
        let x = values[0].tensor
        switch function {
        case .exp: return Value(x.exp())
        case .log: return Value(x.log())
        case .sqrt: return Value(x.sqrt())
        case .sin: return Value(x.sin())
        case .cos: return Value(x.cos())
        case .tan: return Value(x.sin() / x.cos())
        case .tanh: return Value(x.tanh())
        case .sigmoid: return Value(x.sigmoid())
        case .relu: return Value(x.relu())
        case .softplus: return Value(x.softplus())
        case .sign: return Value(x.sign())
        case .softmax: return values[0].isScalar ? .scalar(1) : Value(x.softmax(axis: 0))
        case .max, .min:
            try Value.fit(values[0], values[1], "compared")
            return Value(function == .max ? x.maximum(values[1].tensor) : x.minimum(values[1].tensor))
        }
    }

    /// Calls a function an earlier formula defined.
    func call(_ name: String, _ arguments: [Value]) throws -> Value {
        guard let definition = definitions[name], definition.isFunction else {
            throw FormulaError("\(name) is not a function defined by an earlier checked formula")
        }
        guard definition.parameters.count == arguments.count else {
            throw FormulaError("\(definition.head) takes \(definition.parameters.count) argument\(definition.parameters.count == 1 ? "" : "s"), not \(arguments.count)")
        }
        var scope: [String: Value] = [:]
        for (parameter, argument) in zip(definition.parameters, arguments) { scope[parameter] = argument }
        return try expand(definition) {
            locals.append(scope)
            defer { locals.removeLast() }
            return try evaluate(definition.body)
        }
    }
}
