import NN

/// What a formula computes at a point: a number or a vector, as an NN tensor so autograd can follow it.
///
/// Every operation checks shapes first and reports a mismatch as a `FormulaError`, so a formula with
/// mismatched vectors never reaches the engine's own shape check (which would stop the note).
struct Value {
    var tensor: Tensor
    /// A vector written `x^\top`, which only a dot product `x^\top y` may use.
    var transposed = false

    init(_ tensor: Tensor, transposed: Bool = false) {
        self.tensor = tensor
        self.transposed = transposed
    }

    static func scalar(_ x: Double) -> Value { Value(Tensor(x)) }

    var isScalar: Bool { tensor.rank == 0 }
    var count: Int { tensor.count }
    var scalars: [Double] { tensor.scalars }

    /// How the value reads in messages: `a number` or `a vector of 3`.
    var kind: String { isScalar ? "a number" : "a vector of \(count)" }

    /// Fails for a transposed vector, which may only stand in a dot product.
    func plain(_ use: String) throws -> Value {
        if transposed { throw FormulaError("a transposed vector (^\\top) can only multiply a vector (a dot product), not be \(use)") }
        return self
    }

    /// Whether two values combine elementwise: equal shapes, or one of them a number.
    static func fit(_ a: Value, _ b: Value, _ operation: String) throws {
        if a.isScalar || b.isScalar || a.count == b.count { return }
        throw FormulaError("\(a.kind) and \(b.kind) cannot be \(operation)")
    }

    func adding(_ other: Value, negative: Bool) throws -> Value {
        let a = try plain("added"), b = try other.plain("added")
        try Value.fit(a, b, "added")
        return Value(negative ? a.tensor - b.tensor : a.tensor + b.tensor)
    }

    func multiplying(_ other: Value, _ operation: Expression.Factor.Operation) throws -> Value {
        switch operation {
        case .divide:
            let a = try plain("divided"), b = try other.plain("a divisor")
            try Value.fit(a, b, "divided")
            return Value(a.tensor / b.tensor)
        case .hadamard:
            let a = try plain("multiplied elementwise"), b = try other.plain("multiplied elementwise")
            try Value.fit(a, b, "multiplied elementwise")
            return Value(a.tensor * b.tensor)
        case .times:
            if transposed && !other.isScalar && !other.transposed {
                guard count == other.count else { throw FormulaError("the dot product of a vector of \(count) and a vector of \(other.count)") }
                return Value((tensor * other.tensor).sum())
            }
            let a = try plain("multiplied"), b = try other.plain("multiplied")
            if !a.isScalar && !b.isScalar {
                throw FormulaError("two vectors multiplied; write \\odot for the elementwise product or a^\\top b for the dot product")
            }
            return Value(a.tensor * b.tensor)
        }
    }

    /// The element at 1-based `index` of a vector.
    func element(_ index: Int, of name: String) throws -> Value {
        let v = try plain("indexed")
        guard !v.isScalar else { throw FormulaError("\(name) is a number, so \(name)_\(index) selects nothing") }
        guard index >= 1 && index <= count else {
            throw FormulaError("index \(index) is out of range for \(name) (a vector of \(count), indices 1…\(count))")
        }
        return Value(v.tensor[index - 1])
    }
}
