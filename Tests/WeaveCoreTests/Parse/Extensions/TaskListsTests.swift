import Testing
@testable import WeaveCore

@Suite struct TaskListsTests {
    private func items(_ markdown: String) -> [[Block]] {
        guard case .list(_, _, _, let items, _)? = parse(markdown).blocks.first else { return [] }
        return items
    }

    @Test func bracketsOpeningAnItemBecomeACheckbox() {
        #expect(items("- [ ] 待办\n- [x] 完成\n- [X] 也完成\n") == [
            [.paragraph([.checkbox(checked: false), .text("待办")], line: 1)],
            [.paragraph([.checkbox(checked: true), .text("完成")], line: 2)],
            [.paragraph([.checkbox(checked: true), .text("也完成")], line: 3)],
        ])
    }

    @Test func anEmptyTaskAndOrderedOrLooseListsWork() {
        #expect(items("1. [ ]\n2. [x] b\n") == [
            [.paragraph([.checkbox(checked: false)], line: 1)],
            [.paragraph([.checkbox(checked: true), .text("b")], line: 2)],
        ])
        #expect(items("- [x] a\n\n  more\n") == [
            [.paragraph([.checkbox(checked: true), .text("a")], line: 1), .paragraph([.text("more")], line: 3)],
        ])
    }

    @Test func bracketsElsewhereStayText() {
        #expect(items("- [] a\n- [ ]b\n- a [x] b\n- [y] c\n") == [
            [.paragraph([.text("[] a")], line: 1)],
            [.paragraph([.text("[ ]b")], line: 2)],
            [.paragraph([.text("a [x] b")], line: 3)],
            [.paragraph([.text("[y] c")], line: 4)],
        ])
        #expect(parse("[ ] not in a list\n").blocks == [.paragraph([.text("[ ] not in a list")], line: 1)])
    }
}
