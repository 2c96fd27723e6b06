import Foundation
import Synchronization
import Testing
@testable import WeaveCore

@Suite struct OutputFolderTests {
    /// A temporary folder with `notes/a.md`; removed by the caller.
    private func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try "# A\n".write(to: root.appendingPathComponent("notes/a.md"), atomically: true, encoding: .utf8)
        return root
    }

    private func refusal(_ output: URL, notes: URL, cache: URL? = nil) -> String? {
        do {
            try OutputFolder.check(output.path, notes: notes, cache: cache)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func theNotesFolderAndAnyFolderAboveItAreRefused() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes")
        #expect(refusal(notes, notes: notes)?.contains("this is the notes folder") == true)
        #expect(refusal(root, notes: notes)?.contains("contains the notes folder") == true)
        #expect(refusal(URL(fileURLWithPath: "/"), notes: notes)?.contains("contains the notes folder") == true)
        #expect(refusal(notes.appendingPathComponent(".."), notes: notes)?.contains("contains the notes folder") == true)
        // The same folders reached through a symlink.
        let link = root.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: notes)
        #expect(refusal(link, notes: notes)?.contains("this is the notes folder") == true)
    }

    @Test func aLinkToNothingIsRefusedInWordsAndALinkToASiteIsWrittenThrough() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes")
        let dangling = root.appendingPathComponent("out")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "missing/site")
        #expect(refusal(dangling, notes: notes) == "this is a symbolic link to missing/site, which does not exist; create that folder or choose another with -o")

        let real = root.appendingPathComponent("real-site"), link = root.appendingPathComponent("site")
        try SiteBuilder.writeAtomically(["a.html": Data("old".utf8), OutputFolder.marker: Data()], to: real)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        #expect(refusal(link, notes: notes) == nil)
        try SiteBuilder.writeAtomically(["a.html": Data("new".utf8), OutputFolder.marker: Data()], to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path, "the link stays a link")
        #expect(try String(contentsOf: real.appendingPathComponent("a.html"), encoding: .utf8) == "new")
    }

    @Test func aCacheInsideTheOutputFolderIsRefused() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes"), output = root.appendingPathComponent("build")
        let inside = output.appendingPathComponent("cache")
        #expect(refusal(output, notes: notes, cache: inside)?.hasPrefix("the cache folder \(inside.path) is inside this output folder") == true)
        #expect(refusal(output, notes: notes, cache: output)?.contains("is inside this output folder") == true)
        #expect(refusal(output, notes: notes, cache: root.appendingPathComponent("build-cache")) == nil, "a sibling whose name starts the same")
        #expect(refusal(output, notes: notes, cache: root.appendingPathComponent(".weave-cache/notes")) == nil)
    }

    @Test func aFolderWeaveDidNotWriteIsRefusedUnlessItIsEmpty() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes")
        let foreign = root.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        #expect(refusal(foreign, notes: notes) == nil, "an empty folder may be used")
        try Data("x".utf8).write(to: foreign.appendingPathComponent("holiday.jpg"))
        #expect(refusal(foreign, notes: notes)?.contains("holds files weave did not write") == true)
        let file = root.appendingPathComponent("site.txt")
        try Data().write(to: file)
        #expect(refusal(file, notes: notes)?.contains("is a file") == true)
        #expect(refusal(root.appendingPathComponent("new/deeper"), notes: notes) == nil)
    }

    @Test func aSiteWeaveWroteMayBeReplacedAlsoOneFromBeforeTheMarker() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes")
        let marked = root.appendingPathComponent("build")
        try FileManager.default.createDirectory(at: marked, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: marked.appendingPathComponent("a.html"))
        try Data().write(to: marked.appendingPathComponent(OutputFolder.marker))
        #expect(refusal(marked, notes: notes) == nil)
        let older = root.appendingPathComponent("old-site")
        try FileManager.default.createDirectory(at: older.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data().write(to: older.appendingPathComponent("index.html"))
        try Data().write(to: older.appendingPathComponent("assets/weave.css"))
        #expect(refusal(older, notes: notes) == nil)
    }
}

@Suite struct SiteSwapTests {
    @Test func aReaderNeverFindsTheSiteMissingWhileItIsReplaced() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-swap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("build")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try SiteBuilder.writeAtomically(["index.html": Data("0".utf8)], to: output)
        let index = output.appendingPathComponent("index.html").path
        let done = ManagedFlag()
        let missing = ManagedFlag()
        let watcher = Thread {
            while !done.isSet { if access(index, F_OK) != 0 { missing.set() } }
        }
        watcher.start()
        for k in 1...300 { try SiteBuilder.writeAtomically(["index.html": Data("\(k)".utf8)], to: output) }
        done.set()
        while !watcher.isFinished { usleep(1000) }
        #expect(!missing.isSet, "the site was missing for a moment during a swap")
        #expect(try String(contentsOfFile: index, encoding: .utf8) == "300")
        // Nothing is left beside the site: the old one was removed after each exchange.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["build"])
    }
}

/// A flag threads can set and read.
final class ManagedFlag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}
