/// One thing a running cell tells the compiler, sent as one `EventFrame` on the event channel.
///
/// Events never travel on standard output: everything there is what the cell printed, whatever bytes
/// it contains. The frame's payload is the event as JSON.
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
        /// Something the author should fix that does not stop the cell (a chart that draws nothing):
        /// `text` is the message, `line` the line of the call that found it.
        case warning
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

    /// Whether the program waits for weave to take this event before it goes on, so that what the cell
    /// printed before and after it lands on the right side. Statement markers carry no output and need
    /// no wait.
    public var waitsForReceipt: Bool { kind != .statement }

    /// Whether this event starts a new cell (the per-cell output cap starts again).
    public var startsCell: Bool { kind == .begin }
}
