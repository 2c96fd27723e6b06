import CellProtocol
import FormulaCheck
import NN

/// The formulas this note has checked so far, and the names they defined.
enum FormulaSession {
    // Unsafe but sound in use: checks run in the note's top-level code, one at a time, on the main thread.
    nonisolated(unsafe) static var checker = FormulaChecker()
}

/// Checks a TeX formula by evaluating both sides at sample points: both ends and random points of
/// each range (from a generator seeded by the formula), within a relative `tolerance` (1e-9 for `=`,
/// 1e-3 for `\approx`). Shows ✓ or ✗ like any check; a failure names the point and both values.
///
///     checkFormula(#"\sigma'(x) = \sigma(x)\,(1-\sigma(x))"#, over: ["x": -6...6])
///     checkFormula(#"\frac{\partial \ell}{\partial z_j} = \hat y_j - y_j"#,
///                  with: ["z": .vector(3), "y": .oneHot(3), "j": .integers(1...3)])
///
/// A formula `f(x) = …` or `z = …` whose name is new defines it for the formulas checked after it.
///
/// - Parameters:
///   - tex: the formula's TeX, one or more statements (a raw string `#"…"#` keeps its backslashes).
///   - ranges: variables that take numbers in a range (names as written in TeX: `x`, `\beta`, `w_{ji}`).
///   - values: other variables: `.vector(3)`, `.integers(1...5)`, `.oneHot(3)`, `.probabilities(3)`, a
///     number, or `.value(tensor)`.
///   - tolerance: the relative tolerance of `=` and `\approx` instead of their defaults.
///   - fails: the formula is known to be wrong; the check passes only if it fails.
///   - line: the line the check is reported at; leave it to the compiler.
///   - column: the column, likewise.
public func checkFormula(_ tex: String, over ranges: KeyValuePairs<String, ClosedRange<Double>> = [:],
                         with values: KeyValuePairs<String, FormulaDomain> = [:], tolerance: Double? = nil,
                         fails: Bool = false, line: Int = #line, column: Int = #column) {
    let variables = ranges.map { ($0.key, FormulaDomain.range($0.value)) } + values.map { ($0.key, $0.value) }
    let result = FormulaSession.checker.check(tex, variables: variables, tolerance: tolerance, fails: fails)
    CellSession.emit(.check(.init(passed: result.passed, text: result.message, line: line, column: column)))
}
