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
        import FormulaCheck
        import CellRuntime

        __weave_start()

        """
        for cell in cells where !cell.options.norun {
            out += "__weave_begin(cell: \(cell.index))\n"
            out += "#sourceLocation(file: \(SwiftLiteral.string(notePath)), line: \(cell.codeLine))\n"
            out += instrumented(cell)
            out += "\n#sourceLocation()\n"
            out += "__weave_end(cell: \(cell.index))\n"
        }
        return out
    }

    /// The cell's code with statement markers and the last expression wrapped for display.
    ///
    /// Markers go right before each statement's first token and the display call right around the
    /// expression, so line numbers stay those of the note; `columnShifts` says how far columns move.
    static func instrumented(_ cell: Cell) -> String {
        var code = CodeInsertion.apply(insertions(cell), to: cell.code)
        if code.utf8.last == UInt8(ascii: "\n") { code = String(decoding: code.utf8.dropLast(), as: UTF8.self) }
        return code
    }

    /// What the generator inserts into a cell's code: a marker before each statement that begins a
    /// line, and `__weave_display(` … `)` around a last bare expression.
    static func insertions(_ cell: Cell) -> [CodeInsertion] {
        let statements = TopLevelStatements(cell.code)
        var result = statements.starts.map { CodeInsertion(at: $0, text: statementPrefix(cell.codeLine + $0.line)) }
        if let shown = statements.displayed {
            result.append(CodeInsertion(at: shown.lowerBound, text: displayPrefix))
            result.append(CodeInsertion(at: shown.upperBound, text: displaySuffix))
        }
        return result
    }

    /// Names the way cells are instrumented; part of the cell cache's key. Change it whenever the generated
    /// program changes what a cell displays or reports, so cached outcomes from the old way are not reused.
    static let scheme = "swift-syntax statements 1"

    static let displayPrefix = "__weave_display("
    static let displaySuffix = ")"

    static func statementPrefix(_ line: Int) -> String { "__weave_at(\(line)); " }

    /// For each note line of the cell, the text the markers inserted into it, in column order.
    static func columnShifts(_ cell: Cell) -> [Int: [ColumnShift]] {
        var shifts: [Int: [ColumnShift]] = [:]
        for insertion in insertions(cell).sorted(by: { $0.at.offset < $1.at.offset }) {
            let shift = ColumnShift(column: insertion.at.column + 1, width: insertion.text.utf8.count)
            var line = shifts[cell.codeLine + insertion.at.line] ?? []
            if line.last?.column == shift.column { line[line.count - 1].width += shift.width } else { line.append(shift) }
            shifts[cell.codeLine + insertion.at.line] = line
        }
        return shifts
    }

    /// The note's column for a column swiftc reported on a note line of the cell.
    static func noteColumn(_ column: Int, line: Int, in cell: Cell) -> Int {
        ColumnShift.noteColumn(column, shifts: columnShifts(cell)[line] ?? [])
    }
}
