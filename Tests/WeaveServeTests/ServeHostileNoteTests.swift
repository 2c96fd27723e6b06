import Foundation
import Testing

/// `weave serve` stays up whatever a saved note contains: nesting tens of thousands of levels deep and a
/// line of many unclosed `$` are built (flattened, with a warning) and the server keeps answering.
@Suite(.serialized) struct ServeHostileNoteTests {
    @Test func aNoteThatOnceCrashedTheParserDoesNotTakeTheServerDown() throws {
        let serve = try ServeProcess(notes: ["a.md": "# A\n\ntext\n"])
        defer { serve.cleanUp() }
        try serve.start()
        #expect(try serve.get("/a.html").status == 200)
        let before = try serve.status("a.html").build
        let hostile = "# B\n\n" + String(repeating: "> ", count: 50_000) + "deep\n\n" + String(repeating: "- ", count: 50_000) + "item\n\n"
            + String(repeating: "*a ", count: 20_000) + "\n\n" + String(repeating: "$x ", count: 20_000) + "\n"
        try serve.write("b.md", hostile)
        let built = serve.waitUntil(timeout: 60) { try serve.status("a.html").build > before && serve.page("/b.html") != nil }
        #expect(built != nil, "the hostile note was built")
        #expect(try serve.get("/a.html").status == 200, "the server still answers")
        #expect(serve.page("/b.html")?.contains("deep") == true)
    }
}
