import Testing
@testable import WeaveCore

@Suite struct FootnotesTests {
    private func footnotes(_ note: Note) -> [Footnote] {
        guard case .footnotes(let notes, _)? = note.blocks.last else { return [] }
        return notes
    }

    @Test func footnotesAreNumberedInTheOrderOfTheirFirstReference() {
        let note = parse("先 B[^b]，再 A[^a]，又 B[^B]。\n\n[^a]: 甲\n[^b]: 乙\n")
        #expect(note.blocks.first == .paragraph([
            .text("先 B"), .footnoteReference(label: "b", number: 1, occurrence: 1),
            .text("，再 A"), .footnoteReference(label: "a", number: 2, occurrence: 1),
            .text("，又 B"), .footnoteReference(label: "B", number: 1, occurrence: 2), .text("。"),
        ], line: 1))
        #expect(footnotes(note) == [
            Footnote(label: "b", number: 1, blocks: [.paragraph([.text("乙")], line: 4)], references: 2, line: 4),
            Footnote(label: "a", number: 2, blocks: [.paragraph([.text("甲")], line: 3)], references: 1, line: 3),
        ])
        #expect(note.diagnostics.isEmpty)
    }

    @Test func aDefinitionCmarkWouldTakeForALinkReferenceIsAFootnote() {
        let note = parse("见[^src]\n\n[^src]: https://example.org \"标题\"\n")
        #expect(footnotes(note).map(\.number) == [1])
        #expect(footnotes(note).first?.blocks.isEmpty == false)
    }

    @Test func aReferenceInsideAFootnoteIsNumberedAfterTheText() {
        let note = parse("a[^1]\n\n[^2]: 二\n[^1]: 一，见[^2]\n")
        #expect(footnotes(note).map(\.label) == ["1", "2"])
        #expect(footnotes(note).map(\.number) == [1, 2])
    }

    @Test func footnotesWorkInHeadingsTablesListsAndCallouts() {
        let note = parse("## 标题[^h]\n\n- 项[^l]\n\n| a |\n|---|\n| 格[^t] |\n\n> [!note]\n> 内[^c]\n\n[^h]: h\n[^l]: l\n[^t]: t\n[^c]: c\n")
        #expect(footnotes(note).map(\.label) == ["h", "l", "t", "c"])
        #expect(note.diagnostics.isEmpty)
        guard case .heading(_, _, let id, _)? = note.blocks.first else { Issue.record("no heading"); return }
        #expect(id == "标题")
    }

    @Test func aMissingDefinitionIsAWarningAtTheLineOfTheReference() {
        let note = parse("---\ntitle: t\n---\n第一行\n第二行[^nope]\n\n| a |\n|---|\n| x |\n| [^gone] |\n")
        #expect(note.diagnostics.map(\.line) == [5, 10])
        #expect(note.diagnostics.map(\.message) == ["footnote [^nope] has no definition", "footnote [^gone] has no definition"])
        #expect(note.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(note.blocks.first == .paragraph([.text("第一行"), .softBreak, .text("第二行[^nope]")], line: 4))
    }

    @Test func anUnusedOrRepeatedDefinitionIsAWarningAtItsLine() {
        let note = parse("用[^1]\n\n[^1]: 一\n[^unused]: 没人用\n[^1]: 又一个\n")
        #expect(note.diagnostics.map(\.line) == [5, 4])
        #expect(note.diagnostics.map(\.message) == [
            "footnote [^1] is defined twice (first at line 3); this definition is ignored",
            "footnote [^unused] is never referenced; it is left out",
        ])
        #expect(footnotes(note).map(\.label) == ["1"])
    }

    @Test func referencesInCodeAndLinksStayText() {
        let note = parse("`[^1]` and [x[^1]](https://a.org)\n\n[^1]: d\n")
        #expect(note.blocks.first == .paragraph([
            .code("[^1]"), .text(" and "), .link(destination: "https://a.org", title: "", [.text("x[^1]")]),
        ], line: 1))
        #expect(note.diagnostics.map(\.message) == ["footnote [^1] is never referenced; it is left out"])
    }
}
