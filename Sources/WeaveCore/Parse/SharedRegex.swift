/// A regular expression compiled once and shared by every thread, e.g. in a `static let`.
///
/// Unchecked: `Regex` is not marked `Sendable`, yet sharing one is safe: it lowers its program once,
/// storing it with an atomic compare-and-swap, and never changes otherwise (`Regex.Program.loweredProgram`
/// in swift-experimental-string-processing). Only patterns from strings are shared, never custom components.
struct SharedRegex: RegexComponent, @unchecked Sendable {
    let regex: Regex<AnyRegexOutput>

    /// Compiles `pattern`; a pattern weave spells wrongly is a programming error.
    init(_ pattern: String) {
        regex = try! Regex(pattern)
    }
}
