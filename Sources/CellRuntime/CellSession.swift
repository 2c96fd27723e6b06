import Foundation
import NN

/// The state of the running note program: which cell and statement run, and the event channel.
///
/// The generated program calls the `__weave…` functions; cell code calls `show` and `check…`.
enum CellSession {
    nonisolated(unsafe) static var currentCell = 0
    nonisolated(unsafe) static var currentLine = 0
    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    /// Writes one event line and flushes, so that nothing is lost if the program traps next.
    static func emit(_ event: CellEvent) {
        guard let data = try? encoder.encode(event) else { return }
        var line = "\n" + String(CellEvent.marker) + String(decoding: data, as: UTF8.self) + "\n"
        line.withUTF8 { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, stdout) }
        fflush(stdout)
    }
}

/// Starts the note program: line-buffered output, and engine failures reported at the current line.
public func __weave_start() {
    setvbuf(stdout, nil, _IOLBF, 0)
    EngineFailure.observer = { report in
        // Under `#sourceLocation` a caller inside the note has a `#fileID` ending in the note's name: its
        // line is more precise than the statement's.
        let inNote = report.file?.hasSuffix(".md") ?? false
        let line = inNote ? report.line ?? CellSession.currentLine : CellSession.currentLine
        CellSession.emit(CellEvent(.failure, cell: CellSession.currentCell, line: line, text: report.message))
    }
}

/// Marks the start of cell `index`.
public func __weave_begin(cell index: Int) {
    CellSession.currentCell = index
    CellSession.emit(CellEvent(.begin, cell: index))
}

/// Marks the normal end of cell `index`.
public func __weave_end(cell index: Int) {
    fflush(stdout)
    CellSession.emit(CellEvent(.end, cell: index))
}

/// Records that the top-level statement at `line` of the note is about to run.
public func __weave_at(_ line: Int) {
    CellSession.currentLine = line
    CellSession.emit(CellEvent(.statement, cell: CellSession.currentCell, line: line))
}

/// Shows the value of a cell's last bare expression.
public func __weave_display<T>(_ value: T) { show(value) }

/// A last bare expression of type Void (a call like `print(x)`) shows nothing.
public func __weave_display(_ value: Void) {}
