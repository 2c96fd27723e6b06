/// A block of a note, with the line it starts on in the note's file.
public indirect enum Block: Equatable, Sendable {
    case paragraph([Inline], line: Int)
    case heading(level: Int, [Inline], id: String, line: Int)
    /// A fenced or indented code block that is not a cell (highlighted, never run).
    case code(language: String, String, line: Int)
    /// A `swift-nn` cell.
    case cell(Cell)
    case displayMath(tex: String, line: Int)
    case quote([Block], line: Int)
    /// `> [!kind] Title` — Obsidian's callouts; `kind` is the author's word, lower-cased (`hint`, not `tip`).
    /// `fold` is nil for a plain callout and set for `[!kind]-` (collapsed) and `[!kind]+` (open).
    case callout(kind: String, title: [Inline], fold: CalloutFold?, [Block], line: Int)
    case list(ordered: Bool, start: Int, tight: Bool, items: [[Block]], line: Int)
    case table(Table, line: Int)
    case html(String, line: Int)
    case thematicBreak(line: Int)
    /// The note's footnotes, at its end: `[^label]: text` definitions, in order of first reference.
    case footnotes([Footnote], line: Int)
}

/// Whether a foldable callout starts collapsed (`[!kind]-`) or open (`[!kind]+`).
public enum CalloutFold: Equatable, Sendable { case collapsed, expanded }

/// A footnote's definition: its label as written, its content, and how it is referenced.
public struct Footnote: Equatable, Sendable {
    public var label: String
    /// 1-based, in order of first reference (0 until `Footnotes` numbers it).
    public var number: Int
    public var blocks: [Block]
    /// How many references lead to it (each gets a back link).
    public var references: Int
    /// The line of `[^label]:`.
    public var line: Int
}

/// A pipe table: a header row, column alignments, and body rows of inline cells.
public struct Table: Equatable, Sendable {
    public enum Alignment: Equatable, Sendable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
}

/// A `swift-nn` code cell: its code, its options, and where it sits in the note.
public struct Cell: Equatable, Sendable {
    /// The options after the language word.
    public struct Options: Equatable, Sendable {
        /// Run, but show only the output.
        public var hide = false
        /// Show the code, do not run it.
        public var norun = false
        /// Run and show the code, but not the output.
        public var nooutput = false
        /// The cell is expected to trap or to fail a check.
        public var fails = false
        public init() {}
    }

    /// 0-based position among the note's cells.
    public var index: Int
    public var code: String
    public var options: Options
    /// The line of the opening fence.
    public var line: Int
    /// For a formula check (a hidden cell weave writes for `<!-- check: … -->`), the formula's TeX;
    /// its `line` is the formula's line and its code the `checkFormula` call.
    public var formula: String? = nil
    /// The line of the first line of code (the fence line + 1; a formula check's own line).
    public var codeLine: Int { formula == nil ? line + 1 : line }
}

extension Block {
    /// The line of the note the block starts on (nil for cells, whose fence line is `Cell.line`).
    public var line: Int? {
        switch self {
        case .paragraph(_, let line), .heading(_, _, _, let line), .code(_, _, let line), .displayMath(_, let line),
             .quote(_, let line), .callout(_, _, _, _, let line), .list(_, _, _, _, let line), .table(_, let line),
             .html(_, let line), .thematicBreak(let line), .footnotes(_, let line):
            return line
        case .cell(let cell):
            return cell.line
        }
    }
}
