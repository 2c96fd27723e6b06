/// One thing a running cell tells the compiler, written as one line on standard output.
///
/// A line starts with the record separator U+001E, then the event as JSON. Everything else on
/// standard output is what the cell printed.
public struct CellEvent: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// A cell starts; `cell` is its index.
        case begin
        /// A cell finished without trapping.
        case end
        /// The top-level statement starting at `line` of the note is about to run.
        case statement
        /// Something to show: `html` (a chart's SVG, a tensor table) and `text` (its plain form).
        case display
        /// A check ran: `passed`, `text` (what was checked, with the values), `line` and `column` of the call.
        case check
        /// The engine or the runtime stopped the program: `text` is the message, `line` where.
        case failure
        /// Written by weave, not the cell: `text` bytes of the cell's output were dropped at the cap.
        case truncated
    }

    public var kind: Kind
    public var cell: Int?
    public var line: Int?
    /// For checks: the column of the call's opening parenthesis on the program's line (as `#column` gives it).
    public var column: Int?
    public var text: String?
    public var html: String?
    public var passed: Bool?

    public init(_ kind: Kind, cell: Int? = nil, line: Int? = nil, column: Int? = nil, text: String? = nil, html: String? = nil,
                passed: Bool? = nil) {
        self.kind = kind
        self.cell = cell
        self.line = line
        self.column = column
        self.text = text
        self.html = html
        self.passed = passed
    }

    /// The character that starts an event line.
    public static let marker: Character = "\u{1E}"
}
