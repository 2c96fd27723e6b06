/// Why a formula cannot be checked: TeX outside the subset, a name without a value, mismatched shapes.
///
/// The message reads after "cannot check: ", e.g. `\mathbb{E} is not supported`.
struct FormulaError: Error, Equatable, Sendable {
    var message: String
    init(_ message: String) { self.message = message }

    static func unsupported(_ what: String) -> FormulaError { FormulaError("\(what) is not supported") }
}
