import Foundation
import Testing
@testable import WeaveCore

@Suite struct NoteDiscoveryTests {
    /// Notes, plus what must not become one: a link to a note outside the folder, a link to nothing and a
    /// FIFO (reading it would block for ever). A folder named `x.md` is a folder.
    func folder() throws -> TemporaryNotes {
        let notes = try TemporaryNotes(["a.md": "# A\n", "folder.md/c.md": "# C\n"])
        let fm = FileManager.default
        try fm.createDirectory(at: notes.root.appendingPathComponent("outside"), withIntermediateDirectories: true)
        try Data("# Secret\n".utf8).write(to: notes.root.appendingPathComponent("outside/secret.md"))
        try fm.createSymbolicLink(atPath: "\(notes.notes)/leak.md", withDestinationPath: "../outside/secret.md")
        try fm.createSymbolicLink(atPath: "\(notes.notes)/alias.md", withDestinationPath: "a.md")
        try fm.createSymbolicLink(atPath: "\(notes.notes)/dangling.md", withDestinationPath: "nowhere.md")
        #expect(mkfifo("\(notes.notes)/pipe.md", 0o644) == 0)
        return notes
    }

    @Test func onlyRegularFilesInsideTheNotesFolderAreNotes() throws {
        let notes = try folder()
        defer { notes.cleanUp() }
        let (_, found, skipped) = try NoteDiscovery.discover([notes.notes])
        #expect(found.map(\.relativePath) == ["a.md", "alias.md", "folder.md/c.md"])
        #expect(found.map(\.url.lastPathComponent) == ["a.md", "a.md", "c.md"], "read through the link")
        #expect(skipped.map(\.description).sorted() == [
            "\(notes.notes)/dangling.md: warning: skipped: it is a symbolic link to a file that does not exist",
            "\(notes.notes)/leak.md: warning: skipped: it is a symbolic link to \(notes.root.path)/outside/secret.md, "
                + "outside the notes folder; only files inside it are published",
            "\(notes.notes)/pipe.md: warning: skipped: it is not a regular file",
        ])
    }

    @Test func aFolderNamedTwiceGivesEachNoteOnce() throws {
        let notes = try folder()
        defer { notes.cleanUp() }
        let (_, found, _) = try NoteDiscovery.discover([notes.notes, notes.notes + "/", "\(notes.notes)/../notes"])
        #expect(found.map(\.relativePath) == ["a.md", "alias.md", "folder.md/c.md"])
    }

    @Test func aFileNamedOnTheCommandLineMayLieAnywhereButMustBeAFile() throws {
        let notes = try folder()
        defer { notes.cleanUp() }
        let (_, found, skipped) = try NoteDiscovery.discover(["\(notes.notes)/leak.md", "\(notes.notes)/pipe.md"])
        #expect(found.map(\.relativePath) == ["leak.md"])
        #expect(skipped.map(\.description) == ["\(notes.notes)/pipe.md: warning: skipped: it is not a regular file"])
    }

    /// A note that cannot be read is an error in words, not a Foundation dump. (Tests run as root, who may
    /// read any file, so the kernel's own unreadable file stands in for one without permission.)
    @Test func repositoryFilesAreNotCoursePagesUnlessNamed() throws {
        let notes = try TemporaryNotes(["a.md": "# A\n", "README.md": "# Read me\n", "sub/readme.MD": "# r\n",
                                        "LICENSE.md": "MIT\n", "CHANGELOG.md": "# 1.0\n", "readme-notes.md": "# kept\n"])
        defer { notes.cleanUp() }
        #expect(try NoteDiscovery.discover([notes.notes]).notes.map(\.relativePath) == ["a.md", "readme-notes.md"])
        #expect(try NoteDiscovery.discover(["\(notes.notes)/README.md"]).notes.map(\.relativePath) == ["README.md"])
    }

    @Test func anUnreadableNoteIsAnErrorInWords() throws {
        let notes = try TemporaryNotes(["a.md": "# A\n"])
        defer { notes.cleanUp() }
        let course = try Course.load(["\(notes.notes)/a.md", "/proc/self/mem"])
        #expect(course.notes.map(\.title) == ["A"])
        #expect(course.loadErrors.map(\.description) == ["/proc/self/mem: error: cannot read the file: input/output error"])
    }
}
