import Foundation
import Synchronization
import Testing
@testable import WeaveServe

@Suite(.serialized) struct NotesWatcherTests {
    final class Counter: Sendable {
        private let n = Mutex(0)
        func add() { n.withLock { $0 += 1 } }
        var value: Int { n.withLock { $0 } }
    }

    @Test func aBurstOfSavesIsOneChangeAndTheSiteFolderIsIgnored() throws {
        let notes = FileManager.default.temporaryDirectory.appendingPathComponent("weave-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: notes) }
        try FileManager.default.createDirectory(at: notes.appendingPathComponent("build"), withIntermediateDirectories: true)
        try Data("# A\n".utf8).write(to: notes.appendingPathComponent("a.md"))
        let changes = Counter()
        let watcher = NotesWatcher(folder: notes, ignoring: notes.appendingPathComponent("build"),
                                   interval: 0.02, quiet: 0.3) { changes.add() }
        watcher.start()
        defer { watcher.stop() }

        // Writes into the site folder and hidden files are not changes.
        try Data("x".utf8).write(to: notes.appendingPathComponent("build/index.html"))
        try Data("x".utf8).write(to: notes.appendingPathComponent(".a.md.swp"))
        usleep(300_000)
        #expect(changes.value == 0)

        // Twenty saves 10 ms apart (each well within the quiet time) make one change.
        for k in 0..<20 {
            try Data("# A \(k)\n".utf8).write(to: notes.appendingPathComponent("a.md"))
            usleep(10_000)
        }
        usleep(700_000)
        #expect(changes.value == 1)

        // A rename and a deletion are changes too, even with the same size and time.
        try FileManager.default.moveItem(at: notes.appendingPathComponent("a.md"), to: notes.appendingPathComponent("b.md"))
        usleep(700_000)
        #expect(changes.value == 2)
        try FileManager.default.removeItem(at: notes.appendingPathComponent("b.md"))
        usleep(700_000)
        #expect(changes.value == 3)
    }
}
