import CellProtocol
import Foundation
import NN

/// The state of the running note program: which statement runs, and the event channel.
///
/// The generated program calls the `__weave…` functions; cell code calls `show` and `check…`.
enum CellSession {
    // Unsafe but sound in use: the note's top-level code, on the main thread, sets it before each statement.
    nonisolated(unsafe) static var currentLine = 0
    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    /// Whether weave gave the program its event channel (a program run by hand has none).
    private static let hasChannel = fcntl(EventChannel.events, F_GETFD) != -1

    /// Sends one event on the event channel, after flushing what the cell printed so far; for events
    /// that need it, waits until weave has taken it, so later printing cannot overtake it.
    static func emit(_ event: CellEvent) {
        StandardOutput.flush()
        guard hasChannel, let data = try? encoder.encode(event) else { return }
        let frame = EventFrame(event, payload: Array(data)).bytes
        frame.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(EventChannel.events, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return }
            }
        }
        guard event.waitsForReceipt else { return }
        var receipt: UInt8 = 0
        while read(EventChannel.receipts, &receipt, 1) < 0 && errno == EINTR {}
    }
}

/// Starts the note program: line-buffered output, an allocator tuned for training, and engine failures
/// reported at the current line.
public func __weave_start() {
    StandardOutput.bufferLines()
    HeapTuning.keepFreedMemory()
    EngineFailure.observer = { report in
        // Under `#sourceLocation` a caller inside the note has a `#fileID` ending in the note's name: its
        // line is more precise than the statement's.
        let inNote = report.file?.hasSuffix(".md") ?? false
        let line = inNote ? report.line ?? CellSession.currentLine : CellSession.currentLine
        CellSession.emit(.failure(message: report.message, line: line))
    }
}

/// Marks the start of cell `index`.
public func __weave_begin(cell index: Int) {
    CellSession.emit(.begin(cell: index))
}

/// Marks the normal end of cell `index`.
public func __weave_end(cell index: Int) {
    CellSession.emit(.end(cell: index))
}

/// Records that the top-level statement at `line` of the note is about to run.
public func __weave_at(_ line: Int) {
    CellSession.currentLine = line
    CellSession.emit(.statement(line: line))
}

/// Shows the value of a cell's last bare expression; `line` is the expression's line in the note.
public func __weave_display<T>(_ value: T, line: Int = #line) { show(value, line: line) }

/// A last bare expression of type Void (a call like `print(x)`) shows nothing.
public func __weave_display(_ value: Void) {}
