import Foundation
import Testing
@testable import WeaveCore

/// Cell outcomes as the stage cache keeps them: checksummed, so a damaged one is a miss and never an outcome.
@Suite struct StoredOutcomeTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-outcomes-\(UUID().uuidString)")
    var cache: StageCache { StageCache(in: root, stage: "execute", version: ExecuteStage.version) }
    var key: StageCache.Key { cache.key(owner: "a.md") { $0.combine("cells") } }

    static let outcome = NoteOutcome(cells: [
        CellOutcome(index: 0, status: .passed, outputs: [.text("损失 0.25\n"), .check(passed: true, text: "σ(0) = 1/2", line: 7, column: 1)]),
        CellOutcome(index: 1, status: .failed, outputs: [.error(Diagnostic(.error, file: "notes/a.md", line: 12, "trap"))]),
    ])

    @Test func anOutcomeReadsBackAsStored() {
        defer { try? FileManager.default.removeItem(at: root) }
        StoredOutcome.store(Self.outcome, dataFiles: [], key: key, notePath: "notes/a.md", in: cache)
        #expect(StoredOutcome.load(key, notePath: "notes/a.md", from: cache) == Self.outcome)
    }

    @Test func aPlausibleButWrongValueIsAMissNotedInTheLog() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        StoredOutcome.store(Self.outcome, dataFiles: [], key: key, notePath: "notes/a.md", in: cache)
        let file = cache.file(key)
        let bytes = try Data(contentsOf: file)
        let at = try #require(bytes.firstRange(of: Data("0.25".utf8)))
        var changed = bytes
        changed.replaceSubrange(at, with: Data("0.75".utf8))  // the same length: only the checksum tells
        try changed.write(to: file)
        let cache = cache
        #expect(StoredOutcome.load(key, notePath: "notes/a.md", from: cache) == nil)
        #expect(cache.damage.takeNotes() == ["\(file.path): note: \(CacheDamage.message)"])
    }

    /// An outcome stored by a build that named the note `notes/a.md` reads back, in a build run inside the
    /// notes folder, with the note's path as that build names it.
    @Test func anOutcomeNamesTheNoteAsTheBuildThatReadsItDoes() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let trapped = NoteOutcome(cells: [CellOutcome(index: 0, status: .failed, outputs: [
            .error(Diagnostic(.error, file: "notes/a.md", line: 5, "notes/a.md:5: Fatal error: boom"))])])
        StoredOutcome.store(trapped, dataFiles: [], key: key, notePath: "notes/a.md", in: cache)
        #expect(try Data(contentsOf: cache.file(key)).firstRange(of: Data("notes/a.md".utf8)) == nil)
        let inside = try #require(StoredOutcome.load(key, notePath: "./a.md", from: cache))
        #expect(inside.cells[0].outputs == [.error(Diagnostic(.error, file: "./a.md", line: 5, "./a.md:5: Fatal error: boom"))])
        #expect(StoredOutcome.load(key, notePath: "notes/a.md", from: cache) == trapped)
    }
}
