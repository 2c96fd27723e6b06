/// A formula's expression tree, as the parser builds it from TeX.
///
/// Sums and products are flat lists, so a long chain of terms is one node, not a deep tree; the
/// parser caps nesting, so walking the tree recursively is safe.
indirect enum Expression: Equatable, Sendable {
    case number(Double)
    /// A name: a variable, a defined name, an element of a vector (`w_i`), or a constant (`e`, `π`).
    case symbol(Symbol)
    /// Terms added together, each with its sign.
    case sum([Term])
    /// Factors multiplied together; the first factor's operation is `.times`.
    case product([Factor])
    case negate(Expression)
    /// `base^exponent`; `name` is the whole written name (`σ_B^2`) when it may be bound as a name of its own.
    case power(Expression, Expression, name: String?)
    case builtin(BuiltinFunction, [Expression])
    /// A function defined by an earlier formula, applied to arguments.
    case apply(String, [Expression])
    /// `f'(a)`: the derivative of a one-argument function at `a`.
    case derivative(Callee, Expression)
    /// `∂N/∂v` (or `d/dv N`): the derivative of an expression with respect to a variable, by autograd.
    case partial(Expression, Symbol)
    /// `\sum_{i=a}^{b} body` or `\prod…`; without limits the index runs over the vectors it selects from.
    case bigOperator(BigOperator, index: String, lower: Expression?, upper: Expression?, body: Expression)
    case abs(Expression)
    /// `\lVert x \rVert_p` for p = 1 or 2.
    case norm(Expression, Int)
    case floor(Expression)
    case ceiling(Expression)
    /// `x^\top`: a transposed vector, which only a dot product `x^\top y` may use.
    case transpose(Expression)
    /// `(…)_i`: an element of a vector-valued expression (1-based).
    case element(Expression, index: Expression)

    /// A term of a sum.
    struct Term: Equatable, Sendable {
        var negative: Bool
        var expression: Expression
    }

    /// A factor of a product and how it joins the factors before it.
    struct Factor: Equatable, Sendable {
        enum Operation: Equatable, Sendable { case times, divide, hadamard }
        var operation: Operation
        var expression: Expression
    }

    enum BigOperator: Equatable, Sendable { case sum, product }

    /// What a derivative `f'` differentiates.
    enum Callee: Equatable, Sendable {
        case builtin(BuiltinFunction)
        case defined(String)
    }
}

/// A written name: `x`, `x_i`, `w_{ji}^{(l)}`, `\text{out}_{o_1}`, `\hat y`, `x'`.
struct Symbol: Equatable, Sendable {
    /// The whole name, the key values are bound under (`x_i`, `w_{ji}^{(l)}`, `out_{o_1}`, `ŷ`).
    var key: String
    /// The name without its subscript: the vector an index selects from.
    var base: String
    /// The subscript read as a 1-based index (`i`, `j+1`, `2`), when it can be one.
    var index: Expression?

    init(key: String, base: String, index: Expression? = nil) {
        self.key = key
        self.base = base
        self.index = index
    }
}

/// How the sides of a statement relate.
enum Relation: String, Equatable, Sendable {
    case equal = "="
    case approx = "≈"
    case less = "<"
    case lessEqual = "≤"
    case greater = ">"
    case greaterEqual = "≥"
}

/// A name the formula defines (`f(x) = …`, `z = …`), for later formulas of the note.
struct Definition: Equatable, Sendable {
    /// The defined name's key.
    var name: String
    /// Parameter keys; empty for a defined value.
    var parameters: [String]
    var body: Expression
    /// How the head is written, for messages: `f(x)`.
    var head: String
    /// For a name defined with a letter as its subscript (`S_t = …`, `\hat y_k = …`): the name without
    /// the subscript and the letter, so that `S_{t-1}` evaluates the definition with t − 1 for t.
    var subscripted: SubscriptedName?

    struct SubscriptedName: Equatable, Sendable {
        var base: String
        var variable: String
    }
    /// Whether the function form `f(…)` was used (so `f` is a function even with no parameters).
    var isFunction: Bool { !parameters.isEmpty }
}

/// One statement of a formula: an optional definition, then sides joined by relations (`a = b ≤ c`).
struct Statement: Equatable, Sendable {
    var definition: Definition?
    /// The sides compared; for a definition the first side is its body.
    var sides: [Expression]
    /// `relations[k]` joins `sides[k]` and `sides[k + 1]`.
    var relations: [Relation]
    /// Each side as written, for messages.
    var texts: [String]
}
