import Testing
@testable import WeaveCore

@Suite struct TagsTests {
    private func inlines(_ markdown: String) -> [Inline] {
        guard case .paragraph(let inlines, _)? = parse(markdown).blocks.first else { return [] }
        return inlines
    }

    @Test func hashAndANameAfterASpaceOrAtTheStartIsATag() {
        #expect(inlines("#深度学习 笔记 #ml/optim-1_a，完\n") == [
            .tag("深度学习"), .text(" 笔记 "), .tag("ml/optim-1_a"), .text("，完"),
        ])
        #expect(inlines("第一行\n#第二行\n") == [.text("第一行"), .softBreak, .tag("第二行")])
        #expect(inlines("**#重点** 和 *#x*\n") == [.strong([.tag("重点")]), .text(" 和 "), .emphasis([.tag("x")])])
    }

    @Test func numbersWordsCodeLinksAndURLsKeepTheirHash() {
        #expect(inlines("C# and issue #12 and a#b and # alone\n") == [.text("C# and issue #12 and a#b and # alone")])
        #expect(inlines("`#code` [#x](https://a.org/#y) https://b.org/#z\n") == [
            .code("#code"), .text(" "), .link(destination: "https://a.org/#y", title: "", [.text("#x")]), .text(" "),
            .link(destination: "https://b.org/#z", title: "", [.text("https://b.org/#z")]),
        ])
    }

    @Test func aTagInAHeadingIsATagAndTheAnchorStaysReadable() {
        let note = parse("## 优化器 #todo\n")
        #expect(note.blocks == [.heading(level: 2, [.text("优化器 "), .tag("todo")], id: "优化器-todo", line: 1)])
    }
}
