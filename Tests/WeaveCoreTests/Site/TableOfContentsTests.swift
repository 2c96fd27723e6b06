import Foundation
import Testing
@testable import WeaveCore

/// The page's table of contents as a reader sees it: typeset formulas, no markup source, readable anchors,
/// and every part of a note in two parts.
@Suite struct TableOfContentsTests {
    static let note = """
    # 第一部分

    ## <span style="color:red">激活函数</span> $\\sigma'(x)$

    ## 链接 [标题](https://example.com) 与 **粗体**

    # 第二部分

    ### 小节

    ##### 第五级
    """

    @Test func entriesShowTypesetMathAndNoMarkupSourceAndBothPartsAreListed() throws {
        let notes = try TemporaryNotes(["a.md": Self.note])
        defer { notes.cleanUp() }
        _ = try notes.build()
        let page = try notes.page("a.html")
        let toc = try #require(page.firstRange(of: "<div class=\"toc-title\">").map { String(page[$0.lowerBound...].prefix(4000)) })
        let list = String(toc[..<toc.range(of: "</ul>")!.upperBound])
        // The TeX stays only in KaTeX's MathML annotation, for screen readers and copying.
        let visible = list.replacing(#/<annotation.*?</annotation>/#, with: "")
        #expect(!list.contains("&lt;span") && !list.contains("color:red") && !visible.contains("\\sigma"))
        #expect(list.contains("class=\"katex\""), "the formula is typeset")
        #expect(list.contains("<li class=\"toc-2\"><a href=\"#激活函数-σx\">激活函数 <span class=\"katex\">"))
        #expect(list.contains("<li class=\"toc-2\"><a href=\"#链接-标题-与-粗体\">链接 标题 与 <strong>粗体</strong></a></li>"))
        #expect(list.contains("<li class=\"toc-1\"><a href=\"#第二部分\">第二部分</a></li>"))
        #expect(list.contains("<li class=\"toc-3\"><a href=\"#小节\">小节</a></li>"))
        #expect(!list.contains("第一部分"), "the page's title is not repeated")
        #expect(page.contains("<h2 id=\"激活函数-σx\">"))
    }

    @Test func anchorsSpellMathAsLettersAndDropMarkup() {
        let blocks = HeadingIDs.apply([.heading(level: 2, [.html("<font color=\"blue\">"), .text("梯度"), .html("</font>"), .text(" "),
                                                          .math(tex: "\\nabla_{\\theta} L", display: false, line: 1)], id: "", line: 1)])
        guard case .heading(_, _, let id, _) = blocks[0] else { Issue.record("not a heading"); return }
        #expect(id == "梯度-θl")
    }

    @Test func smallHeadingsAreNotSmallerThanBodyText() {
        #expect(Stylesheet.css.contains("h5 { font-size: 1rem; }") && Stylesheet.css.contains("h6 { font-size: 1rem;"))
        #expect(Stylesheet.css.contains("body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/"))
    }
}
