/// What a label names: a numbered equation or figure of a note, the number it shows, and its anchor.
public struct ReferenceTarget: Sendable, Equatable {
    public enum Kind: String, Sendable { case equation, figure }

    public var kind: Kind
    /// The number shown beside the equation or under the figure: "3", or an equation's own `\tag` ("A");
    /// nil for a labelled equation without a number (`\notag`).
    public var number: String?
    /// Whether the number came from `\tag*`, which shows it as written, without parentheses.
    public var bare = false
    /// The element's id on its page.
    public var id: String

    /// What `\eqref` writes: "(3)", or a `\tag*` as written.
    var eqrefText: String? { number.map { bare ? $0 : "(\($0))" } }

    /// How a link that names no text of its own calls it: "式 (3)" or "图 3" (in the site's language).
    func name(_ style: NumberingStyle) -> String {
        switch kind {
        case .equation: return style.equation(eqrefText ?? "(?)")
        case .figure: return style.figure(number ?? "?")
        }
    }

    /// A label as an element id: letters, digits, `-`, `_` and `.` kept, anything else `-` (`eq:loss` → `eq-loss`).
    static func anchor(_ label: String) -> String {
        String(label.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" })
    }
}
