/// What running a note's cells produced, cell by cell; this is what the cache stores.
public struct NoteOutcome: Codable, Equatable, Sendable {
    public var cells: [CellOutcome]
    /// Errors that belong to no single cell (the program could not be built, …).
    public var diagnostics: [Diagnostic]
    /// Whether the note's program failed to compile (so no cell ran).
    public var compileFailed: Bool

    public init(cells: [CellOutcome], diagnostics: [Diagnostic] = [], compileFailed: Bool = false) {
        self.cells = cells
        self.diagnostics = diagnostics
        self.compileFailed = compileFailed
    }

    /// The warnings of all cells, in cell order.
    public var warnings: [Diagnostic] {
        cells.flatMap { cell in cell.outputs.compactMap { if case .warning(let d) = $0 { return d } else { return nil } } }
    }

    /// Checks that passed and failed, over all cells.
    public var checkCounts: (passed: Int, failed: Int) {
        var passed = 0, failed = 0
        for cell in cells {
            for case .check(let ok, _, _, _) in cell.outputs { if ok { passed += 1 } else { failed += 1 } }
        }
        return (passed, failed)
    }
}

/// The outcome of one cell.
public struct CellOutcome: Codable, Equatable, Sendable {
    public enum Status: Codable, Equatable, Sendable {
        /// Ran to the end with every check passing (or, for a `fails` cell, failed as expected).
        case passed
        /// Trapped, failed a check, timed out, or (for a `fails` cell) did not fail.
        case failed
        /// Not run because an earlier cell stopped the program or the program did not compile.
        case notRun
        /// Marked `norun`.
        case skipped
    }

    public var index: Int
    public var status: Status
    public var outputs: [CellOutput]

    public init(index: Int, status: Status, outputs: [CellOutput] = []) {
        self.index = index
        self.status = status
        self.outputs = outputs
    }
}

/// One item shown under a cell, in the order it happened.
public enum CellOutput: Codable, Equatable, Sendable {
    /// Printed text.
    case text(String)
    /// A shown value: plain text, and HTML/SVG when it has a rich form.
    case display(text: String, html: String?)
    /// A value shown as a figure (`show(chart, caption: …, label: …)`): numbered in the page, with its caption,
    /// and a label prose can refer to.
    case figure(text: String, html: String?, caption: String, label: String?)
    /// A check with its result, description (with values), and line and column in the note (column 0: unknown).
    case check(passed: Bool, text: String, line: Int, column: Int)
    /// An error at the cell (compile error, trap, timeout, …) as `file:line:col: error: …`.
    case error(Diagnostic)
    /// A problem the cell found that does not stop it (a chart that draws nothing), as
    /// `file:line: warning: …`; the build counts it with the other warnings.
    case warning(Diagnostic)
    /// A note from weave itself (output truncated, expected failure happened, …).
    case notice(String)
}

extension NoteOutcome {
    /// Mixes everything a page shows of this outcome into `hasher` (cheaper than encoding it).
    func fingerprint(into hasher: inout Hasher64) {
        hasher.combine("\(compileFailed) \(diagnostics.count)")
        for diagnostic in diagnostics { hasher.combine(diagnostic.description) }
        for cell in cells {
            hasher.combine("cell \(cell.index) \(cell.status)")
            for output in cell.outputs {
                switch output {
                case .text(let s): hasher.combine("t"); hasher.combine(s)
                case .display(let text, let html): hasher.combine("d"); hasher.combine(text); hasher.combine(html ?? "")
                case .figure(let text, let html, let caption, let label):
                    hasher.combine("f"); hasher.combine(text); hasher.combine(html ?? ""); hasher.combine(caption); hasher.combine(label ?? "")
                case .check(let passed, let text, let line, let column): hasher.combine("c\(passed) \(line):\(column)"); hasher.combine(text)
                case .error(let d): hasher.combine("e"); hasher.combine(d.description)
                case .warning(let d): hasher.combine("w"); hasher.combine(d.description)
                case .notice(let s): hasher.combine("n"); hasher.combine(s)
                }
            }
        }
    }
}
