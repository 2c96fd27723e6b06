import Foundation
import Testing
@testable import WeaveCore

@Suite struct LinkResolverTests {
    @Test func onlyReadableFilesReallyInsideTheNotesFolderAreFound() throws {
        let notes = try TemporaryNotes(["a.md": "# A\n", "sub/b.md": "# B\n", "img/ok.png": "ok", "100%.png": "p", "a\nb.png": "n"])
        defer { notes.cleanUp() }
        let fm = FileManager.default
        try fm.createDirectory(at: notes.root.appendingPathComponent("outside"), withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: notes.root.appendingPathComponent("outside/secret.png"))
        try fm.createSymbolicLink(atPath: "\(notes.notes)/sub/secret.png", withDestinationPath: "../../outside/secret.png")
        try fm.createSymbolicLink(atPath: "\(notes.notes)/sub/alias.png", withDestinationPath: "../img/ok.png")
        try fm.createDirectory(atPath: "\(notes.notes)/folder.png", withIntermediateDirectories: true)
        #expect(mkfifo("\(notes.notes)/pipe.png", 0o644) == 0)
        let links = LinkResolver(root: URL(fileURLWithPath: notes.notes), notes: [])

        let outside = LinkResolver.FileResolution.refused("it points outside the notes folder")
        #expect(links.file("secret.png", from: "a.md") == outside, "found by name, through a link in a subfolder")
        #expect(links.file("sub/secret.png", from: "a.md") == outside)
        #expect(links.file("../outside/secret.png", from: "a.md") == outside)
        #expect(links.file("../../outside/nothing.png", from: "sub/b.md") == outside, "outside whether or not it exists")
        #expect(links.file("alias.png", from: "a.md") == .found("img/ok.png"))
        #expect(links.file("../img/ok.png", from: "sub/b.md") == .found("img/ok.png"))
        #expect(links.file("folder.png", from: "a.md") == .refused("it is a folder, not a file"))
        #expect(links.file("pipe.png", from: "a.md") == .refused("it is not a regular file"))
        #expect(links.file("100%.png", from: "a.md") == .found("100%.png"))
        #expect(links.file("a%0Ab.png", from: "a.md") == .found("a\nb.png"))
        #expect(links.file("nothing.png", from: "a.md") == .missing)
        #expect(links.otherFiles == ["100%.png", "a\nb.png", "img/ok.png", "sub/alias.png → img/ok.png"])
    }

    @Test func relativePathsThatClimbOutOfTheNotesFolder() {
        #expect(LinkResolver.leavesFolder("../x", from: "a.md"))
        #expect(!LinkResolver.leavesFolder("../x", from: "sub/a.md"))
        #expect(LinkResolver.leavesFolder("../../x", from: "sub/a.md"))
        #expect(LinkResolver.leavesFolder("..\\..\\x", from: "sub/a.md"), "browsers read \\ as /")
        #expect(LinkResolver.leavesFolder("a/../../x", from: "a.md"))
        #expect(!LinkResolver.leavesFolder("a/./../x/..", from: "a.md"))
    }
}
