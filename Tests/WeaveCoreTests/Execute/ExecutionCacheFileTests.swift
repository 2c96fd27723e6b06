import Foundation
import Testing
@testable import WeaveCore

/// The files the cell cache keeps: checksummed, so a damaged one is a miss and never an outcome.
@Suite struct ExecutionCacheFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-outcomes-\(UUID().uuidString)")

    static let outcome = NoteOutcome(cells: [
        CellOutcome(index: 0, status: .passed, outputs: [.text("损失 0.25\n"), .check(passed: true, text: "σ(0) = 1/2", line: 7, column: 1)]),
        CellOutcome(index: 1, status: .failed, outputs: [.error(Diagnostic(.error, file: "notes/a.md", line: 12, "trap"))]),
    ])

    @Test func anEntryReadsBackAsStored() throws {
        let entry = ExecutionCache.Entry(outcome: Self.outcome, dataFiles: [])
        let bytes = try #require(ExecutionCache.encode(entry))
        #expect(ExecutionCache.decode(bytes)?.outcome == Self.outcome)
    }

    /// Each byte flipped, each cut, 0xFFFFFFFF at each offset: never a trap and never an outcome.
    @Test func everyDamagedCopyOfAnEntryIsAMiss() throws {
        let bytes = try #require(ExecutionCache.encode(ExecutionCache.Entry(outcome: Self.outcome, dataFiles: [])))
        for (what, damaged) in DamagedBytes.variants(of: bytes) {
            #expect(ExecutionCache.decode(damaged) == nil, "\(what)")
        }
    }

    @Test func aDamagedEntryIsAMissNotedInTheLog() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ExecutionCache(directory: folder)
        cache.store(Self.outcome, dataFiles: [], key: "k", notePath: "notes/a.md")
        #expect(cache.load("k", notePath: "notes/a.md") == Self.outcome)
        let file = folder.appendingPathComponent("k.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "0.25", with: "0.75")  // a plausible value, but not the one computed
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(cache.load("k", notePath: "notes/a.md") == nil)
        #expect(cache.load("absent", notePath: "notes/a.md") == nil)
        #expect(cache.damage.takeNotes() == ["\(file.path): note: damaged cache file; its unreadable entries were ignored and rebuilt"])
    }

    /// An entry stored by a build that named the note `notes/a.md` reads back, in a build run inside the
    /// notes folder, with the note's path as that build names it.
    @Test func anEntryNamesTheNoteAsTheBuildThatReadsItDoes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ExecutionCache(directory: folder)
        let trapped = NoteOutcome(cells: [CellOutcome(index: 0, status: .failed, outputs: [
            .error(Diagnostic(.error, file: "notes/a.md", line: 5, "notes/a.md:5: Fatal error: boom"))])])
        cache.store(trapped, dataFiles: [], key: "k", notePath: "notes/a.md")
        #expect(!(try String(contentsOf: folder.appendingPathComponent("k.json"), encoding: .utf8)).contains("notes/a.md"))
        let inside = try #require(cache.load("k", notePath: "./a.md"))
        #expect(inside.cells[0].outputs == [.error(Diagnostic(.error, file: "./a.md", line: 5, "./a.md:5: Fatal error: boom"))])
        #expect(cache.load("k", notePath: "notes/a.md") == trapped)
    }
}
