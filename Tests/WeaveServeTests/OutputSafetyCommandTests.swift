import Foundation
import Testing

/// `weave` never deletes what it did not write: output folders it must refuse, a failing build, and
/// notes that would share a page — run as the built binary.
@Suite(.serialized) struct OutputSafetyCommandTests {
    typealias Workspace = CommandLineTests.Workspace

    /// Every file under `folder` with its bytes.
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func anOutputFolderThatIsOrHoldsTheNotesIsRefusedAndNothingIsTouched() throws {
        let work = try Workspace(["a.md": CommandLineTests.passing])
        defer { work.cleanUp() }
        let before = try snapshot(work.root)
        for arguments in [["build", "notes", "-o", "notes"], ["build", "notes", "-o", "."], ["notes", "-o", "notes/.."],
                          ["build", "notes", "-o", work.root.deletingLastPathComponent().path]] {
            let run = try work.weave(arguments)
            #expect(run.status != 0, "\(arguments)")
            #expect(run.err.contains("notes folder"), "\(arguments): \(run.err)")
        }
        let serve = try work.weave(["serve", "notes", "-o", "notes", "--port", "0"])
        #expect(serve.status != 0 && serve.err.contains("this is the notes folder"), "\(serve.err)")
        let clean = try work.weave(["clean", "-o", "notes"])
        #expect(clean.status != 0 && clean.err.contains("was not written by weave"), "\(clean.err)")
        var after = try snapshot(work.root)
        after["/.out"] = before["/.out"]
        after["/.err"] = before["/.err"]
        #expect(after == before)
    }

    @Test func aNonEmptyFolderWeaveDidNotWriteIsRefusedButItsOwnSiteIsReplaced() throws {
        let work = try Workspace(["a.md": CommandLineTests.passing])
        defer { work.cleanUp() }
        let photos = work.root.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        try Data("jpeg".utf8).write(to: photos.appendingPathComponent("holiday.jpg"))
        let refused = try work.weave(["notes", "-o", "photos"])
        #expect(refused.status != 0 && refused.err.contains("holds files weave did not write"), "\(refused.err)")
        #expect(try Data(contentsOf: photos.appendingPathComponent("holiday.jpg")) == Data("jpeg".utf8))
        #expect(try work.weave(["notes", "-o", "site"]).status == 0)
        #expect(work.exists("site/.weave-site"))
        #expect(try work.weave(["notes", "-o", "site"]).status == 0, "weave replaces a site it wrote")
        #expect(try work.weave(["clean", "-o", "site"]).status == 0)
        #expect(!work.exists("site"))
    }

    @Test func aBuildWithANoteThatCannotBeReadLeavesThePreviousSiteAsItWas() throws {
        let work = try Workspace(["a.md": CommandLineTests.passing, "b.md": "# 乙\n\nText.\n"])
        defer { work.cleanUp() }
        #expect(try work.weave(["notes"]).status == 0)
        let site = try snapshot(work.root.appendingPathComponent("build"))
        try "---\ntitle: [broken\n---\n# 乙\n".write(to: work.root.appendingPathComponent("notes/b.md"), atomically: true, encoding: .utf8)
        let failed = try work.weave(["notes"])
        #expect(failed.status != 0)
        #expect(failed.out.contains("notes/b.md:3: error: front matter is not valid YAML"), "\(failed.out)")
        #expect(failed.err.contains("the site was not written; the previous site in build is unchanged"))
        #expect(try snapshot(work.root.appendingPathComponent("build")) == site)
    }

    @Test func twoNotesThatWouldShareAPageAreAnErrorNamingBoth() throws {
        let work = try Workspace(["index.md": "# 首页\n", "Index.md": "# 另一个\n", "x.md": "# x\n", "x.MD": "# X\n"])
        defer { work.cleanUp() }
        let run = try work.weave(["check", "notes"])
        #expect(run.status != 0)
        #expect(run.out.contains("notes/index.md: error: this note and notes/Index.md would both be published as Index.html"), "\(run.out)")
        #expect(run.out.contains("notes/x.md: error: this note and notes/x.MD would both be published as x.html"), "\(run.out)")
    }
}
