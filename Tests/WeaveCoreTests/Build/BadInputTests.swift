import Foundation
import Testing
@testable import WeaveCore

@Suite(.serialized) struct BadInputTests {
    @Test func anEmptyNotesFolderIsAClearError() throws {
        let notes = try TemporaryNotes([:])
        defer { notes.cleanUp() }
        #expect(throws: Diagnostic(.error, file: notes.notes, "no Markdown notes (.md files) found here")) {
            try Course.load([notes.notes])
        }
    }

    @Test func aMissingFolderIsAClearError() {
        #expect(throws: Diagnostic(.error, file: "/nonexistent/notes", "no such file or folder")) {
            try Course.load(["/nonexistent/notes"])
        }
    }

    @Test func invalidUTF8NamesFileAndByteOffset() {
        var data = Data("# Title\nok\n".utf8)
        data.append(contentsOf: [0xFF, 0xFE])
        #expect(throws: Diagnostic(.error, file: "notes/bad.md", line: 3,
                                   "the file is not valid UTF-8 (first bad byte at offset 11); save it as UTF-8")) {
            try NoteLoader.load(data, displayPath: "notes/bad.md", relativePath: "bad.md")
        }
    }

    @Test func brokenFrontMatterNamesItsLine() throws {
        let text = "---\ntitle: ok\ntags: [a, b\n---\n\n# x\n"
        do {
            _ = try NoteLoader.load(Data(text.utf8), displayPath: "notes/fm.md", relativePath: "fm.md")
            Issue.record("no error")
        } catch {
            #expect(error.file == "notes/fm.md")
            #expect(error.line >= 3 && error.line <= 4)
            #expect(error.message.hasPrefix("front matter is not valid YAML"))
        }
    }

    @Test func unknownCellOptionsAreErrorsAtTheFence() {
        let note = parse("Text\n\n```swift-nn hidden\nprint(1)\n```\n")
        #expect(note.diagnostics.map(\.description) == [
            "notes/test.md:3: error: unknown cell option `hidden`; the options are fails, hide, nooutput, norun",
        ])
    }

    @Test func anUnterminatedFenceIsAnErrorAtItsLine() {
        let note = parse("Text\n\n```swift-nn\nprint(1)\n")
        #expect(note.diagnostics.map(\.description) == ["notes/test.md:3: error: code fence opened with ``` is never closed"])
    }

    @Test func aNoteThatFailsToLoadDoesNotStopTheOthers() throws {
        let notes = try TemporaryNotes(["a.md": "# A\n", "b.md": "---\ntitle: [\n---\n"])
        defer { notes.cleanUp() }
        let course = try Course.load([notes.notes])
        #expect(course.notes.map(\.title) == ["A"])
        #expect(course.loadErrors.count == 1)
        #expect(course.loadErrors.first?.file.hasSuffix("b.md") == true)
    }
}
