import Foundation
import Testing
@testable import WeaveCore

@Suite struct ProgressDisplayTests {
    @Test func aTerminalGetsALiveStatusLineAndTheLogGetsOneLinePerNote() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let terminal = try FileHandle(forWritingTo: file)
        let lines = LockedLines()
        let display = ProgressDisplay(total: 2, log: lines.append, terminal: terminal)
        display.started("notes/a.md")
        display.phase("notes/a.md", "compiling")
        display.finished("notes/a.md", line: "notes/a.md: done")
        display.started("notes/b.md")
        display.finished("notes/b.md", line: "notes/b.md: done")
        display.close()
        try terminal.close()
        let screen = try String(contentsOf: file, encoding: .utf8)
        #expect(lines.all == ["notes/a.md: done", "notes/b.md: done"])
        #expect(screen.contains("[0/2] a.md (compiling)"))
        #expect(screen.contains("[1/2] b.md"))
        #expect(screen.hasSuffix("\r\u{1B}[K"), "the status line is cleared at the end")
    }

    @Test func withoutATerminalOnlyPlainLinesAreWritten() {
        let lines = LockedLines()
        let display = ProgressDisplay(total: 1, log: lines.append, terminal: nil)
        display.started("n.md")
        display.finished("n.md", line: "n.md: done")
        display.close()
        #expect(lines.all == ["n.md: done"])
    }
}
