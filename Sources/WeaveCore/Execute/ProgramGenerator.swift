/// Writes the one Swift program that runs all of a note's cells, top to bottom, in one process.
///
/// Cells are placed at top level one after another, so a name declared in cell 2 is visible in cell 5.
/// Each cell is preceded by a `#sourceLocation` pointing at the note, so compiler diagnostics and traps
/// carry the note's path and line; each top-level statement reports its line before it runs, and a
/// last bare expression is displayed.
public enum ProgramGenerator {
    /// The program's source for the cells that run (cells marked `norun` are left out).
    public static func program(for cells: [Cell], notePath: String) -> String {
        var out = """
        import Foundation
        import NN
        import Charts
        import CellRuntime

        __weave_start()

        """
        for cell in cells where !cell.options.norun {
            out += "__weave_begin(cell: \(cell.index))\n"
            out += "#sourceLocation(file: \(swiftStringLiteral(notePath)), line: \(cell.codeLine))\n"
            out += instrumented(cell)
            out += "\n#sourceLocation()\n"
            out += "__weave_end(cell: \(cell.index))\n"
        }
        return out
    }

    /// The cell's code with statement markers and the last expression wrapped for display.
    ///
    /// Markers are put on the same line as the statement, so line numbers stay those of the note;
    /// `columnShifts` says how far they move each line's columns.
    static func instrumented(_ cell: Cell) -> String {
        var lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let statements = TopLevelStatements(cell.code)
        if let last = statements.lastExpression, last.upperBound < lines.count {
            lines[last.lowerBound] = displayPrefix + lines[last.lowerBound]
            lines[last.upperBound] = stripTrailingComment(lines[last.upperBound]) + ")"
        }
        for start in statements.startLines where start < lines.count {
            lines[start] = statementPrefix(cell.codeLine + start) + lines[start]
        }
        return lines.joined(separator: "\n")
    }

    static let displayPrefix = "__weave_display("

    static func statementPrefix(_ line: Int) -> String { "__weave_at(\(line)); " }

    /// For each note line of the cell, how many characters the markers added before its code.
    static func columnShifts(_ cell: Cell) -> [Int: Int] {
        let statements = TopLevelStatements(cell.code)
        var shifts: [Int: Int] = [:]
        if let last = statements.lastExpression { shifts[cell.codeLine + last.lowerBound] = displayPrefix.count }
        for start in statements.startLines {
            shifts[cell.codeLine + start, default: 0] += statementPrefix(cell.codeLine + start).count
        }
        return shifts
    }

    /// Removes a `// comment` at the end of a line (outside strings), so a closing parenthesis can follow.
    static func stripTrailingComment(_ line: String) -> String {
        var kept = ""
        for token in SwiftLexer.tokenize(line) where token.kind != .comment { kept += token.text }
        return kept
    }

    static func swiftStringLiteral(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
