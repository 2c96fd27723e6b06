import Foundation
import Testing
@testable import WeaveCore

/// One note with every construct of DESIGN §4 and the Typora/Obsidian fidelity work, rendered to exact
/// HTML and compared with a reviewed golden file. `WEAVE_RECORD=1 swift test --filter EverythingTests`
/// writes the golden file anew; review the diff before committing it.
@Suite struct EverythingTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test func everyConstructRendersToTheReviewedHTML() throws {
        let markdown = try String(contentsOf: Self.folder.appendingPathComponent("everything.md"), encoding: .utf8)
        let source = try NoteLoader.load(Data(markdown.utf8), displayPath: "notes/everything.md", relativePath: "everything.md")
        let note = NoteParser.parse(source)
        let other = NoteParser.parse(try NoteLoader.load(Data("# 别处\n\n## 小节\n".utf8), displayPath: "notes/other.md", relativePath: "other.md"))
        let links = LinkResolver(root: URL(fileURLWithPath: "/nonexistent"), notes: [note, other])
        // Formulas as their TeX in a marker element, so the golden file shows the page's own markup.
        let page = PageRenderer(links: links).render(note, outcome: nil) { tex, display in
            MathResult(html: "<tex\(display ? " display" : "")>\(HTML.escape(tex))</tex>")
        }
        let rendered = page.body + "\n<!-- warnings -->\n" + (note.diagnostics + page.warnings).map(\.description).joined(separator: "\n") + "\n"
        let golden = Self.folder.appendingPathComponent("everything.html")
        if ProcessInfo.processInfo.environment["WEAVE_RECORD"] != nil {
            try rendered.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(rendered == (try String(contentsOf: golden, encoding: .utf8)))
    }
}
