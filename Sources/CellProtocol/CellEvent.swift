/// One thing a running cell tells the compiler, sent as one `EventFrame` on the event channel.
///
/// Events never travel on standard output: everything there is what the cell printed, whatever bytes
/// it contains. The frame's payload is the event as JSON (Swift's coding of an enum with its values).
public enum CellEvent: Codable, Equatable, Sendable {
    /// Cell `cell` starts.
    case begin(cell: Int)
    /// Cell `cell` finished without trapping.
    case end(cell: Int)
    /// The top-level statement starting at `line` of the note is about to run.
    case statement(line: Int)
    /// Something to show under the cell.
    case display(Display)
    /// A check ran.
    case check(Check)
    /// The engine or the runtime stopped the program, while the statement at `line` (if known) ran.
    case failure(message: String, line: Int?)
    /// Something the author should fix that does not stop the cell (a chart that draws nothing), found by
    /// the call at `line` (if known).
    case warning(message: String, line: Int?)

    /// A value shown: `html` (a chart's SVG, a tensor table) and `text` (its plain form); with a
    /// `caption` (and maybe a `label`), a numbered figure.
    public struct Display: Codable, Equatable, Sendable {
        public var text: String
        public var html: String?
        public var caption: String?
        public var label: String?

        public init(text: String, html: String? = nil, caption: String? = nil, label: String? = nil) {
            self.text = text
            self.html = html
            self.caption = caption
            self.label = label
        }
    }

    /// A check's result: what was checked with the values (`text`), and where the call is: its `line`
    /// and the `column` of its opening parenthesis on the program's line (as `#column` gives it).
    public struct Check: Codable, Equatable, Sendable {
        public var passed: Bool
        public var text: String
        public var line: Int
        public var column: Int

        public init(passed: Bool, text: String, line: Int, column: Int) {
            self.passed = passed
            self.text = text
            self.line = line
            self.column = column
        }
    }

    /// Whether the program waits for weave to take this event before it goes on, so that what the cell
    /// printed before and after it lands on the right side. Statement markers carry no output and need
    /// no wait.
    public var waitsForReceipt: Bool {
        if case .statement = self { return false }
        return true
    }

    /// Whether this event starts a new cell (the per-cell output cap starts again).
    public var startsCell: Bool {
        if case .begin = self { return true }
        return false
    }
}
