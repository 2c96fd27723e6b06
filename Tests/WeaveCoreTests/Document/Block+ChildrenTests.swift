import Testing
@testable import WeaveCore

/// `childBlocks` and `inlineRuns` name what each block holds, and the `mapping` forms rewrite the same lists.
@Suite struct BlockChildrenTests {
    /// Every block of the fixture, nested ones included.
    private var everyBlock: [Block] {
        var blocks: [Block] = []
        EverythingDocument.blocks.forEachBlock { blocks.append($0) }
        return blocks
    }

    /// For every kind, the mapping forms see the lists the reading forms give, in the same order, and
    /// mapping each to itself gives the same block.
    @Test func readingAndMappingAgreeForEveryKind() {
        for block in everyBlock {
            var blockLists: [[Block]] = []
            #expect(block.mappingChildBlocks { blockLists.append($0); return $0 } == block)
            #expect(blockLists == block.childBlocks)
            var runs: [[Inline]] = []
            #expect(block.mappingInlineRuns { runs.append($0); return $0 } == block)
            #expect(runs == block.inlineRuns)
        }
    }

    @Test func aCalloutHoldsItsTitleAndItsBody() {
        let callout = Block.callout(kind: "tip", title: [.text("t")], fold: .collapsed, [.thematicBreak(line: 2)], line: 1)
        #expect(callout.inlineRuns == [[.text("t")]])
        #expect(callout.childBlocks == [[.thematicBreak(line: 2)]])
        #expect(callout.mappingInlineRuns { _ in [.text("u")] }.mappingChildBlocks { _ in [] }
            == .callout(kind: "tip", title: [.text("u")], fold: .collapsed, [], line: 1))
    }

    @Test func aTableHoldsItsCellsHeaderFirstThenRowByRow() {
        let table = Block.table(Table(alignments: [.left, .right], header: [[.text("a")], [.text("b")]],
                                      rows: [[[.text("c")], [.text("d")]], [[.text("e")], [.text("f")]]]), line: 3)
        #expect(table.inlineRuns == ["a", "b", "c", "d", "e", "f"].map { [Inline.text($0)] })
        #expect(table.childBlocks.isEmpty)
        let upper = table.mappingInlineRuns { [.text($0.plainText.uppercased())] }
        #expect(upper == .table(Table(alignments: [.left, .right], header: [[.text("A")], [.text("B")]],
                                      rows: [[[.text("C")], [.text("D")]], [[.text("E")], [.text("F")]]]), line: 3))
    }

    @Test func listItemsAndFootnotesAreListsOfBlocks() {
        let list = Block.list(ordered: true, start: 3, tight: false, items: [[.thematicBreak(line: 1)], []], line: 1)
        #expect(list.childBlocks == [[.thematicBreak(line: 1)], []])
        let notes = Block.footnotes([Footnote(label: "a", number: 1, blocks: [.thematicBreak(line: 5)], references: 2, line: 5)], line: 5)
        #expect(notes.childBlocks == [[.thematicBreak(line: 5)]])
        #expect(notes.mappingChildBlocks { _ in [] }
            == .footnotes([Footnote(label: "a", number: 1, blocks: [], references: 2, line: 5)], line: 5))
    }

    @Test func spansHoldTheirInlinesAndOtherInlinesHoldNone() {
        #expect(Inline.link(destination: "u", title: "t", [.text("a")]).children == [.text("a")])
        #expect(Inline.highlight([.text("a")]).withChildren([.text("b")]) == .highlight([.text("b")]))
        #expect(Inline.image(source: "s", title: "", alt: "a").children == nil)
        #expect(Inline.text("a").withChildren([.text("b")]) == .text("a"))
    }
}
