import Foundation
import NN
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

    @Test func aNULByteIsAnErrorAtItsLineNotTheEndOfTheNote() {
        // cmark read through strlen once, so everything after a NUL (prose, cells, checks) vanished unseen.
        let data = Data("# T\n\ntext\u{0} here\n\n```swift-nn\ncheck(1 == 2)\n```\n".utf8)
        #expect(throws: Diagnostic(.error, file: "notes/a.md", line: 3, "the file holds a NUL byte at offset 9; a note is text")) {
            try NoteLoader.load(data, displayPath: "notes/a.md", relativePath: "a.md")
        }
    }

    @Test func aNoteSavedAsUTF16IsNamedSo() {
        let data = Data("# 标题\nsome text\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(throws: Diagnostic(.error, file: "notes/a.md", line: 1, "the file holds a NUL byte at offset 1; it looks like UTF-16: save it as UTF-8")) {
            try NoteLoader.load(data, displayPath: "notes/a.md", relativePath: "a.md")
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

    /// Notes stitched from the dialect's pieces, broken and unbalanced on purpose, never crash loading,
    /// parsing or rendering; each either loads into a page or is refused with a message naming the file.
    @Test func randomNotesNeverCrashLoadParseOrRender() throws {
        let pieces = ["$", "$$", "\n", "\n\n", "$x_1 * y_2$", "$$\n\\frac{a}{b}\n$$", "\\{", "\\\\", "> ", "> [!note] 注意\n> ",
                      "- ", "1. ", "| a | b |\n|---|:-:|\n| $|$ | c |", "[[", "]]", "![[img.png]]", "[[../x|y]]", "==hl==",
                      "~~del~~", "```swift-nn\n", "```\n", "```swift-nn fails hide\n", "<div>", "</span>", "# 标题 ", "## ",
                      "---\ntitle: [\n---\n", "`$code$`", "https://example.org/路径", "&amp;", "\\begin{aligned}", "&", "中文",
                      "\t", "\r\n", "\u{0}", "\u{1E}", "\\"]
        var seeded = RandomGenerator(seed: 20261123)
        let math = try SharedMath.get()
        for document in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &seeded) { text += pieces.randomElement(using: &seeded)! }
            var data = Data(text.utf8)
            if document % 10 == 0 { data.insert(0xC3, at: Int.random(in: 0...data.count, using: &seeded)) }
            let source: SourceFile
            do {
                source = try NoteLoader.load(data, displayPath: "notes/r\(document).md", relativePath: "r\(document).md")
            } catch {
                #expect(error.description.hasPrefix("notes/r\(document).md"), "\(error)")
                continue
            }
            let note = NoteParser.parse(source)
            let page = PageRenderer(links: LinkResolver(root: URL(fileURLWithPath: "/nonexistent"), notes: [note]))
                .render(note, outcome: nil, math: math)
            #expect(page.warnings.allSatisfy { $0.file == "notes/r\(document).md" && $0.line >= 1 }, "\(page.warnings)")
        }
    }
}
