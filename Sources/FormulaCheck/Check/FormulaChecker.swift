import NN

/// What checking one formula found: whether it passed, and a line saying why.
public struct FormulaCheckResult: Equatable, Sendable {
    public var passed: Bool
    /// "holds at 14 points: x ∈ [−6, 6]", "\sigma(x) = \frac{1}{1-e^{-x}}: at x = 0.5: left 0.622, right 2.54",
    /// "cannot check: \mathbb{E} is not supported", …
    public var message: String
}

/// Checks the formulas of one note in order, remembering what each defines for the ones after it.
///
/// A formula is checked by evaluating every statement at sample points of its variables (see
/// `SamplePoints`); a relation passes when it holds at every point, `=` within a relative tolerance.
/// TeX outside the subset, or a name without a value, is a failure that says "cannot check: …",
/// whatever the formula claims, so nothing passes unchecked.
public struct FormulaChecker {
    /// The default relative tolerance of `=`.
    public static let defaultTolerance = 1e-9
    /// The default relative tolerance of `\approx`.
    public static let defaultApproximation = 1e-3

    var definitions: [String: Definition] = [:]

    public init() {}

    /// Checks `tex` over `variables` (names as written in TeX: `x`, `\beta`, `w_{ji}^{(l)}`).
    ///
    /// - Parameters:
    ///   - tex: the formula's TeX, one or more statements.
    ///   - variables: the values each variable takes.
    ///   - tolerance: relative tolerance for `=` and `\approx` (default 1e-9 for `=`, 1e-3 for `\approx`).
    ///   - fails: the formula is known to be wrong: the check passes only if a relation fails.
    public mutating func check(_ tex: String, over variables: KeyValuePairs<String, FormulaDomain> = [:],
                               tolerance: Double? = nil, fails: Bool = false) -> FormulaCheckResult {
        check(tex, variables: variables.map { ($0.key, $0.value) }, tolerance: tolerance, fails: fails)
    }

    /// Checks `tex` over `variables`, in the order given (the order of the points' descriptions).
    public mutating func check(_ tex: String, variables: [(String, FormulaDomain)], tolerance: Double? = nil,
                               fails: Bool = false) -> FormulaCheckResult {
        func cannot(_ message: String) -> FormulaCheckResult { FormulaCheckResult(passed: false, message: "cannot check: " + message) }

        var resolved: [SamplePoints.Variable] = []
        var descriptions: [String] = []
        for (name, domain) in variables {
            guard let key = FormulaParser.nameKey(name) else { return cannot("`\(name)` (a variable of the check) is not a name") }
            guard !resolved.contains(where: { $0.key == key }) else { return cannot("\(key) is given two values") }
            if let problem = domain.problem { return cannot("\(key): \(problem)") }
            resolved.append(.init(key: key, domain: domain))
            if domain.varies { descriptions.append(domain.describe(key)) }
        }
        if let tolerance, !(tolerance >= 0 && tolerance.isFinite) { return cannot("the tolerance \(tolerance) is not a number ≥ 0") }

        var context = ParseContext(functions: Set(definitions.filter { $0.value.isFunction }.keys),
                                   values: Set(definitions.filter { !$0.value.isFunction }.keys),
                                   bound: Set(resolved.map(\.key)))
        let statements: [Statement]
        do {
            statements = try FormulaParser.statements(tex, context: &context)
        } catch let error as FormulaError {
            return cannot(error.message)
        } catch {
            return cannot("\(error)")
        }

        var working = definitions
        for statement in statements { if let d = statement.definition { working[d.name] = d } }
        if !fails { definitions = working }

        let points = SamplePoints.make(resolved, seed: Self.seed(tex))
        let comparison = Comparison(equal: tolerance ?? Self.defaultTolerance,
                                    approximate: tolerance ?? Self.defaultApproximation)
        var firstValues: [[Value]] = []
        var steps = 0
        do {
            for point in points {
                let evaluator = Evaluator(definitions: working, bindings: point, steps: steps)
                defer { steps = evaluator.steps }
                for statement in statements {
                    let values = try statement.sides.map { try evaluator.evaluate($0) }
                    if firstValues.count < statements.count { firstValues.append(values) }
                    if let failure = try comparison.firstFailure(statement, values) {
                        let at = describePoint(point, resolved)
                        let text = failure.relation + ": " + (at.isEmpty ? "" : "at \(at): ") + failure.values
                        return FormulaCheckResult(passed: fails, message: (fails ? "fails as expected: " : "") + text)
                    }
                }
            }
        } catch let error as FormulaError {
            return cannot(error.message)
        } catch {
            return cannot("\(error)")
        }

        var summary = ""
        let defined = statements.compactMap { $0.definition?.head }
        if !defined.isEmpty { summary = "defines " + defined.joined(separator: ", ") + "; " }
        let relations = statements.reduce(0) { $0 + $1.relations.count }
        if points.count == 1 && descriptions.isEmpty && relations > 0 {
            let chains = zip(statements, firstValues).filter { !$0.0.relations.isEmpty }.map { Self.chain($0.0, $0.1) }
            summary += "holds: " + chains.prefix(6).joined(separator: "; ") + (chains.count > 6 ? "; …" : "")
        } else {
            summary += (relations > 0 ? "holds" : "evaluates") + " at \(points.count) point\(points.count == 1 ? "" : "s")"
            if !descriptions.isEmpty { summary += ": " + descriptions.joined(separator: ", ") }
        }
        if fails { return FormulaCheckResult(passed: false, message: "marked `fails`, but it \(summary)") }
        return FormulaCheckResult(passed: true, message: summary)
    }

    /// The sides of a statement with their values: `0.082167041 = 0.082167041 ≈ 0.082167041`.
    static func chain(_ statement: Statement, _ values: [Value]) -> String {
        var parts: [String] = []
        for (k, value) in values.enumerated() {
            if k > 0 { parts.append(statement.relations[k - 1].rawValue) }
            parts.append(NumberText.values(value.scalars, vector: !value.isScalar, digits: 10))
        }
        return parts.joined(separator: " ")
    }

    /// `x = 0.5, z = [0.1, −0.3]`: the varying variables at a point; empty when none varies.
    func describePoint(_ point: [String: Value], _ variables: [SamplePoints.Variable]) -> String {
        variables.filter { $0.domain.varies }.compactMap { v -> String? in
            guard let value = point[v.key] else { return nil }
            return "\(v.key) = " + NumberText.values(value.scalars, vector: !value.isScalar, digits: value.isScalar ? 6 : 4)
        }.joined(separator: ", ")
    }

    /// A seed from the formula's text (FNV-1a), so each formula has its own points, the same on every run.
    static func seed(_ tex: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in tex.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
