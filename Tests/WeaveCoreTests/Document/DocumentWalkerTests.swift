import Testing
@testable import WeaveCore

/// The walker visits every block and inline in document order, each before what it holds, reaching the
/// content of every container kind; it can skip a node's content or all inline content.
@Suite struct DocumentWalkerTests {
    @Test func theWalkVisitsEveryKindOfNode() {
        var walker = TraceWalker()
        walker.walk(EverythingDocument.blocks)
        #expect(Set(walker.blockKinds) == Set(BlockKind.allCases))
        #expect(Set(walker.inlineKinds) == Set(InlineKind.allCases))
    }

    /// Text inside every container kind (quote, callout title and body, list items, table cells, footnotes,
    /// each span, a link's text) is reached, in the order a reader meets it.
    @Test func theWalkFindsTextInsideEveryContainerInDocumentOrder() {
        var walker = TraceWalker()
        walker.walk(EverythingDocument.blocks)
        #expect(walker.texts == EverythingDocument.texts)
    }

    @Test func eachBlockComesBeforeWhatItHolds() {
        var walker = TraceWalker()
        walker.walk(EverythingDocument.blocks)
        #expect(walker.blockKinds == [
            .heading, .paragraph, .code, .cell, .displayMath, .quote, .paragraph, .callout, .paragraph,
            .list, .paragraph, .paragraph, .table, .html, .thematicBreak, .footnotes, .paragraph, .quote, .paragraph,
        ])
    }

    @Test func eachInlineComesBeforeWhatItHolds() {
        var walker = TraceWalker()
        walker.walk([.emphasis([.strong([.text("a")]), .text("b")]), .link(destination: "u", title: "", [.text("c")]), .text("d")])
        #expect(walker.inlineKinds == [.emphasis, .strong, .text, .text, .link, .text, .text])
        #expect(walker.texts == ["a", "b", "c", "d"])
    }

    @Test func skippingABlockSkipsEverythingInIt() {
        var walker = TraceWalker(skipping: { block in
            if case .callout = block { return true }
            if case .footnotes = block { return true }
            return false
        })
        walker.walk(EverythingDocument.blocks)
        #expect(!walker.texts.contains("callout title"))
        #expect(!walker.texts.contains("callout"))
        #expect(!walker.texts.contains { $0.hasPrefix("footnote") })
        #expect(walker.texts.contains("quote"))
    }

    @Test func aWalkOfBlocksAloneSkipsInlines() {
        var all = TraceWalker()
        all.walk(EverythingDocument.blocks)
        var kinds: [BlockKind] = []
        EverythingDocument.blocks.forEachBlock { kinds.append(BlockKind($0)) }
        #expect(kinds == all.blockKinds)

        struct BlocksOnly: DocumentWalker {
            var inlines = 0
            var visitsInlines: Bool { false }
            mutating func visit(_ inline: Inline) -> WalkAction { inlines += 1; return .visitChildren }
        }
        var blocksOnly = BlocksOnly()
        blocksOnly.walk(EverythingDocument.blocks)
        #expect(blocksOnly.inlines == 0)
    }

    /// End to end: math written inside every container of a note is found, footnotes included.
    @Test func mathInsideEveryContainerOfAParsedNoteIsFound() {
        let note = parse("""
        # $h$

        > quote $q$
        >
        > - item $i$ [link $l$](u) and *$e$*

        > [!note] title $t$
        > body $b$

        | $c$ |
        |---|
        | **$r$** |

        $$
        d
        $$

        Text[^1].

        [^1]: footnote $f$
        """)
        #expect(mathNodes(note).map(\.tex) == ["h", "q", "i", "l", "e", "t", "b", "c", "r", "\nd\n", "f"])
    }
}
