import Foundation
import Testing
@testable import WeaveCore

/// The renderer walks the deepest tree the parser keeps (`TreeBuilder.maxDepth` levels) on a stack the
/// size of a Dispatch worker's, and writes every level.
@Suite struct PageNestingTests {
    /// Quotes, lists and callouts alternating for `levels` block levels, then emphasis, strong, links,
    /// highlights and strikethrough alternating for `levels` inline levels around the word "core".
    static func deepestNote(levels: Int) -> Note {
        var inline: [Inline] = [.text("core")]
        for level in 0..<levels {
            switch level % 5 {
            case 0: inline = [.emphasis(inline)]
            case 1: inline = [.strong(inline)]
            case 2: inline = [.link(destination: "u", title: "", inline)]
            case 3: inline = [.highlight(inline)]
            default: inline = [.strikethrough(inline)]
            }
        }
        var blocks: [Block] = [.paragraph(inline, line: 1)]
        for level in 0..<levels {
            switch level % 3 {
            case 0: blocks = [.quote(blocks, line: 1)]
            case 1: blocks = [.list(ordered: false, start: 1, tight: false, items: [blocks], line: 1)]
            default: blocks = [.callout(kind: "note", title: [.emphasis([.text("t")])], fold: nil, blocks, line: 1)]
            }
        }
        let source = SourceFile(displayPath: "notes/deep.md", relativePath: "deep.md", frontMatter: FrontMatter(),
                                body: "", bodyFirstLine: 1)
        return Note(source: source, blocks: blocks, title: "deep", diagnostics: [])
    }

    @Test func theDeepestKeptTreeRendersOnAWorkerSizedStack() {
        let levels = TreeBuilder.maxDepth
        let html = onWorkerSizedStack {
            let note = Self.deepestNote(levels: levels)
            let links = LinkResolver(root: URL(fileURLWithPath: "/nonexistent"), notes: [note])
            return PageRenderer(links: links).render(note, outcome: nil) { tex, _ in MathResult(html: tex) }.body
        }
        func count(_ tag: String) -> Int { html.components(separatedBy: tag).count - 1 }
        #expect(count("<blockquote>") == (levels + 2) / 3)
        #expect(count("<ul>") == (levels + 1) / 3)
        #expect(count("<aside class=\"callout") == levels / 3)
        #expect(count("<em>") == (levels + 4) / 5 + levels / 3)
        #expect(count("<strong>") == (levels + 3) / 5)
        #expect(count("<mark>") == (levels + 1) / 5)
        #expect(html.contains("core"))
    }
}
