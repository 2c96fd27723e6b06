import Foundation
import Testing

/// The cache of cell results, run as the built binary: one cache per notes folder whatever the working
/// folder, nothing written into the notes folder, and `weave clean` finding it from either place.
@Suite(.serialized) struct CacheLocationCommandTests {
    typealias Workspace = CommandLineTests.Workspace

    /// Runs `weave arguments…` in `folder` of the workspace.
    private func run(_ work: Workspace, _ folder: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = ServeProcess.weave
        process.arguments = arguments
        process.currentDirectoryURL = work.root.appendingPathComponent(folder)
        let out = work.root.appendingPathComponent(".out2"), err = work.root.appendingPathComponent(".err2")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    private func listing(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func checkInsideTheNotesFolderAndBesideItShareOneCacheAndCleanFindsIt() throws {
        let work = try Workspace(["a.md": CommandLineTests.passing])
        defer { work.cleanUp() }
        let notes = work.root.appendingPathComponent("notes")
        let before = listing(notes)
        let inside = try run(work, "notes", ["check", "."])
        #expect(inside.status == 0, "\(inside.err)")
        #expect(inside.err.contains("a.md: done (1 cell, 1 check; ") && !inside.err.contains("cached"))
        #expect(work.exists(".weave-cache/notes/CACHEDIR.TAG"), "beside the notes folder, named after it")
        #expect(listing(notes) == before, "nothing is written into the notes folder")

        let beside = try run(work, ".", ["check", "notes/"])
        #expect(beside.status == 0 && beside.err.contains("notes/a.md: done (1 cell, 1 check; cached)"), "\(beside.err)")
        let elsewhere = try run(work, "notes", ["build", "../notes", "-o", "../site"])
        #expect(elsewhere.err.contains("a.md: done (1 cell, 1 check; cached)"), "\(elsewhere.err)")
        #expect(listing(notes) == before)

        let clean = try run(work, "notes", ["clean", "-o", "../site"])
        #expect(clean.status == 0, "\(clean.err)")
        #expect(!work.exists(".weave-cache") && !work.exists("site"), "\(clean.out)")
        #expect(listing(notes) == before)
    }

    @Test func theSettingsPutTheCacheWhereTheySayAndCleanRemovesItThere() throws {
        let work = try Workspace(["a.md": CommandLineTests.passing, "weave.yml": "cache: .cache\n"])
        defer { work.cleanUp() }
        #expect(try run(work, ".", ["check", "notes"]).status == 0)
        #expect(work.exists("notes/.cache/CACHEDIR.TAG") && !work.exists(".weave-cache"))
        #expect(try run(work, "notes", ["check", "."]).err.contains("(1 cell, 1 check; cached)"))
        #expect(try run(work, ".", ["clean", "notes"]).status == 0)
        #expect(!work.exists("notes/.cache") && work.exists("notes/a.md"))

        try "cache: ..\n".write(to: work.root.appendingPathComponent("notes/weave.yml"), atomically: true, encoding: .utf8)
        let refused = try run(work, ".", ["check", "notes"])
        #expect(refused.status != 0 && refused.err.contains("the cache folder cannot be the notes folder or hold it"), "\(refused.err)")
        #expect(try run(work, ".", ["clean", "notes"]).status != 0, "the parent of the notes is no cache: clean refuses it")
        #expect(work.exists("notes/a.md"))
    }
}
