import NN

/// The values a formula's variable takes when the formula is checked.
///
///     checkFormula(#"\sigma'(x) = \sigma(x)(1-\sigma(x))"#, over: ["x": -6...6])
///     checkFormula(#"\sum_{i=1}^{n} x_i = n\bar x"#, with: ["x": .vector(5), "n": 5, "\\bar x": .value(mean)])
public enum FormulaDomain {
    /// Random numbers between the ends, and both ends.
    case range(Double, Double)
    /// Every whole number from the first to the last (a random sample of them when there are many).
    case integers(Int, Int)
    /// Random vectors of that many components, each between the two numbers.
    case vector(Int, Double, Double)
    /// Random one-hot vectors of that many components (a class label).
    case oneHot(Int)
    /// Random vectors of positive components that sum to 1 (a distribution).
    case probabilities(Int)
    /// One fixed number or vector.
    case value(Tensor)

    /// Random vectors of `count` components in `range`.
    public static func vector(_ count: Int, in range: ClosedRange<Double> = -1...1) -> FormulaDomain {
        .vector(count, range.lowerBound, range.upperBound)
    }

    /// Every whole number of `range`.
    public static func integers(_ range: ClosedRange<Int>) -> FormulaDomain {
        .integers(range.lowerBound, range.upperBound)
    }

    /// One fixed number.
    public static func constant(_ x: Double) -> FormulaDomain { .value(Tensor(x)) }

    /// Random numbers in `range`, and both ends.
    public static func range(_ range: ClosedRange<Double>) -> FormulaDomain { .range(range.lowerBound, range.upperBound) }

    /// What is wrong with the domain, or nil when it can be sampled.
    var problem: String? {
        switch self {
        case .range(let a, let b):
            guard a.isFinite && b.isFinite else { return "the range \(a)...\(b) has an end that is not a finite number" }
            return a <= b ? nil : "the range \(a)...\(b) is empty (its lower end is above its upper end)"
        case .integers(let a, let b):
            guard a <= b else { return "the integers \(a)...\(b) are none (the first is above the last)" }
            let (span, overflow) = b.subtractingReportingOverflow(a)
            return overflow || span >= 1_000_000_000 ? "the integers \(a)...\(b) are too many (at most a billion)" : nil
        case .vector(let n, let a, let b):
            if n < 1 || n > 1000 { return "a vector needs 1 to 1000 components, not \(n)" }
            return FormulaDomain.range(a, b).problem
        case .oneHot(let n), .probabilities(let n):
            return n < 1 || n > 1000 ? "a vector needs 1 to 1000 components, not \(n)" : nil
        case .value(let t):
            if t.rank > 1 { return "a tensor of shape \(t.shape) (formulas check numbers and vectors)" }
            if t.count == 0 { return "an empty tensor" }
            return nil
        }
    }

    /// How the domain reads in messages: `x ∈ [−6, 6]`.
    func describe(_ name: String) -> String {
        switch self {
        case .range(let a, let b): return "\(name) ∈ [\(NumberText.short(a)), \(NumberText.short(b))]"
        case .integers(let a, let b): return "\(name) ∈ {\(a)…\(b)}"
        case .vector(let n, let a, let b): return "\(name) ∈ [\(NumberText.short(a)), \(NumberText.short(b))]^\(n)"
        case .oneHot(let n): return "\(name) one-hot of \(n)"
        case .probabilities(let n): return "\(name) a distribution over \(n)"
        case .value(let t): return "\(name) = \(NumberText.values(t.scalars, vector: t.rank == 1))"
        }
    }

    /// Whether the variable takes more than one value.
    var varies: Bool {
        if case .value = self { return false }
        if case .range(let a, let b) = self { return a != b }
        if case .integers(let a, let b) = self { return a != b }
        return true
    }
}

extension FormulaDomain: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    public init(floatLiteral value: Double) { self = .value(Tensor(value)) }
    public init(integerLiteral value: Int) { self = .value(Tensor(Double(value))) }
}
