/// The functions a formula may use without defining them.
enum BuiltinFunction: String, Equatable, Sendable, CaseIterable {
    case exp, log, sqrt, sin, cos, tan, tanh, sigmoid, relu, softmax, softplus, sign, max, min

    /// Commands that name a function: `\exp`, `\sigma`, …
    static let commands: [String: BuiltinFunction] = [
        "exp": .exp, "log": .log, "ln": .log, "sin": .sin, "cos": .cos, "tan": .tan, "tanh": .tanh,
        "sigma": .sigmoid, "max": .max, "min": .min, "sgn": .sign,
    ]

    /// Names written with `\operatorname{…}`, `\text{…}` or `\mathrm{…}`, compared in lower case.
    static let operatorNames: [String: BuiltinFunction] = [
        "relu": .relu, "softmax": .softmax, "sigmoid": .sigmoid, "sign": .sign, "sgn": .sign, "tanh": .tanh,
        "exp": .exp, "log": .log, "ln": .log, "softplus": .softplus, "max": .max, "min": .min,
        "sin": .sin, "cos": .cos, "tan": .tan,
    ]

    /// How many arguments it takes.
    var arity: Int { self == .max || self == .min ? 2 : 1 }

    /// The function as an author writes it, for messages.
    var written: String {
        switch self {
        case .sigmoid: return "\\sigma"
        case .relu: return "ReLU"
        case .softmax: return "softmax"
        case .softplus: return "softplus"
        case .sign: return "sign"
        default: return "\\" + rawValue
        }
    }
}
