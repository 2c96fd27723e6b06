import Testing
@testable import WeaveCore

/// Task lists, tags and highlights as the page shows them.
@Suite struct InlineMarkupRenderingTests {
    private func body(_ markdown: String) -> String { renderWithoutKaTeX(markdown).page.body }

    @Test func taskItemsHaveDisabledCheckboxes() {
        #expect(body("- [ ] 待办\n- [x] 完成\n- 普通\n") == """
            <ul class="contains-task-list">
            <li class="task-list-item"><input type="checkbox" disabled> 待办
            </li>
            <li class="task-list-item"><input type="checkbox" disabled checked> 完成
            </li>
            <li>普通
            </li>
            </ul>

            """)
    }

    @Test func aListWithoutTasksIsUnchanged() {
        #expect(body("- a\n- b\n") == "<ul>\n<li>a\n</li>\n<li>b\n</li>\n</ul>\n")
    }

    @Test func tagsAreSpans() {
        #expect(body("标记 #深度学习 和 #a/b\n") == "<p>标记 <span class=\"tag\">#深度学习</span> 和 <span class=\"tag\">#a/b</span></p>\n")
    }

    @Test func highlightsWorkInHeadingsTableCellsListItemsCalloutsAndFootnotes() {
        #expect(body("## a ==key== b\n") == "<h2 id=\"a-key-b\">a <mark>key</mark> b<a class=\"anchor\" href=\"#a-key-b\" aria-label=\"permalink\">#</a></h2>\n")
        #expect(body("| h |\n|---|\n| x ==y== |\n")
            == "<div class=\"table-wrap\"><table>\n<thead><tr><th>h</th></tr></thead>\n<tbody>\n<tr><td>x <mark>y</mark></td></tr>\n</tbody></table></div>\n")
        #expect(body("- a ==b==\n- [x] ==c==\n") == """
            <ul class="contains-task-list">
            <li>a <mark>b</mark>
            </li>
            <li class="task-list-item"><input type="checkbox" disabled checked> <mark>c</mark>
            </li>
            </ul>

            """)
        #expect(body("> [!note] t ==u==\n> v ==w==\n")
            == "<aside class=\"callout callout-note\"><div class=\"callout-title\">t <mark>u</mark></div>\n<p>v <mark>w</mark></p>\n</aside>\n")
        #expect(body("x[^1]\n\n[^1]: ==y==\n").contains("<li id=\"fn-1\">\n<p><mark>y</mark> <a href=\"#fnref-1\""))
    }
}
