import Testing
@testable import WeaveCore

/// `[Block].rewritten` rewrites innermost first and reaches every nested block; `mappingInlines` reaches
/// every run of inline content.
@Suite struct BlockRewriteTests {
    private func paragraph(_ text: String) -> Block { .paragraph([.text(text)], line: 1) }

    @Test func blocksAreRewrittenInnermostFirst() {
        let blocks: [Block] = [
            .quote([.list(ordered: false, start: 1, tight: true, items: [[paragraph("a")], [paragraph("b")]], line: 1)], line: 1),
            paragraph("c"),
        ]
        var seen: [String] = []
        let doubled = blocks.rewritten { block in
            switch block {
            case .paragraph(let inlines, _): seen.append(inlines.plainText); return [block, block]
            case .list(_, _, _, let items, _): seen.append("list of \(items.map(\.count))")
            case .quote(let inner, _): seen.append("quote of \(inner.count)")
            default: break
            }
            return [block]
        }
        // The list sees its items already rewritten (two paragraphs each), the quote its list.
        #expect(seen == ["a", "b", "list of [2, 2]", "quote of 1", "c"])
        #expect(doubled.count == 3)
    }

    @Test func everyNestedBlockIsRewritten() {
        var before = 0
        EverythingDocument.blocks.forEachBlock { if case .paragraph = $0 { before += 1 } }
        var rewritten = 0
        let removed = EverythingDocument.blocks.rewritten { block in
            guard case .paragraph = block else { return [block] }
            rewritten += 1
            return []
        }
        #expect(rewritten == before)
        var after = 0
        removed.forEachBlock { if case .paragraph = $0 { after += 1 } }
        #expect(after == 0)
    }

    @Test func everyRunOfInlinesIsMapped() {
        var runs = 0
        let marked = EverythingDocument.blocks.mappingInlines { inlines in
            runs += 1
            return [.text("•")] + inlines
        }
        // heading, paragraph, quote, callout title and body, two items, four table cells, two footnotes
        #expect(runs == 13)
        var walker = TraceWalker()
        walker.walk(marked)
        #expect(walker.texts.filter { $0 == "•" }.count == 13)
    }
}
