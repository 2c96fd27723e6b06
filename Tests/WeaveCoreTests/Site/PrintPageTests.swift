import Foundation
import Testing
@testable import WeaveCore

/// A course whose notes link to each other, number equations, show captioned charts and sit in a subfolder;
/// its course order (front matter `order`) is not the order of its file names.
enum PrintCourse {
    static let files = [
        "weave.yml": "title: 打印测试\nequation_numbering: true\n",
        "index.md": "# 打印测试\n\n从 [[zeta]] 开始。\n",
        "zeta.md": """
        ---
        title: 第一篇
        order: 1
        ---

        # 第一篇

        ## 公式

        $$
        E = \\frac{1}{2}(t - y)^2 \\label{eq:e}
        $$

        由 \\eqref{eq:e} 得 $\\frac{\\partial E}{\\partial y} = y - t$。脚注[^1]。

        ```swift-nn
        show(Chart(title: "σ", x: "x", y: "σ(x)") { Line("σ", function: { sigmoid($0) }, over: -6...6) }, caption: "sigmoid", label: "fig:s")
        ```

        > [!tip]- 折叠的提示
        > 里面的公式 $x^2 + y^2$。

        见 [[alpha#损失]] 与 [[gamma#eq:c]]。

        [^1]: 脚注的内容。
        """,
        "alpha.md": """
        ---
        title: 第二篇
        order: 2
        ---

        # 第二篇

        ## 损失

        $$
        a &= b \\\\
        c &= d
        $$

        回到 [第一篇](zeta.md#公式) 和 [[zeta#fig:s]]。

        ```swift-nn
        show(Chart(title: "line", x: "x", y: "y") { Line("y", x: [0.0, 1, 2], y: [2.0, 1, 3]) })
        ```
        """,
        "sub/gamma.md": """
        ---
        title: 第三篇
        order: 3
        ---

        # 第三篇

        $$
        c = \\sum_{i=1}^{n} x_i \\label{eq:c}
        $$

        ![一张图](../pic.svg) 链回 [[zeta]] 和 [[alpha#损失|损失]]。
        """,
        "pic.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"#888\"/></svg>",
    ]

    static let notePages = ["zeta.html", "alpha.html", "sub/gamma.html"]
}

@Suite(.serialized) struct PrintPageTests {
    /// The part of a page between `<article` and `</article>`.
    func article(_ html: String) -> String {
        guard let start = html.range(of: "<article"), let end = html.range(of: "</article>", options: .backwards) else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    func values(_ attribute: String, in html: String) -> [String] {
        html.matches(of: try! Regex(" \(attribute)=\"([^\"]*)\"")).compactMap { $0.output[1].substring.map(String.init) }
    }

    @Test func everyNoteInCourseOrderWithLinksWithinThePage() throws {
        let notes = try TemporaryNotes(PrintCourse.files)
        defer { notes.cleanUp() }
        let report = try notes.build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let print = try notes.page("print.html")
        let body = article(print)
        let sections = values("id", in: body).filter { !$0.contains("--") && !$0.hasPrefix("wv") }
        #expect(sections == ["zeta", "alpha", "sub/gamma"], "course order, not file names")
        #expect(count("<section class=\"print-note\"", in: body) == 3)
        // Every id once, and every in-page link leads to one of them.
        let ids = values("id", in: print)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids) { $0 }.filter { $1.count > 1 }.keys)")
        let fragments = values("href", in: body).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()).removingPercentEncoding ?? "" }
        #expect(!fragments.isEmpty && fragments.allSatisfy { Set(ids).contains($0) }, "\(fragments.filter { !Set(ids).contains($0) })")
        #expect(body.contains("见 <a href=\"#alpha--损失\">alpha › 损失</a> 与 <a class=\"ref\" href=\"#sub/gamma--eq-c\">第三篇 › 式 (1)</a>"))
        #expect(body.contains("回到 <a href=\"#zeta--公式\">第一篇</a>"))
        #expect(body.contains("链回 <a href=\"#zeta\">zeta</a>"))
        #expect(!values("href", in: body).contains { $0.hasSuffix(".html") || $0.contains(".html#") }, "no link leaves the page for a note")
        #expect(body.contains("<img src=\"files/pic.svg\""), "paths start at the site root")
        #expect(body.contains("<details open class=\"callout callout-tip\">"), "folded callouts print open")
        #expect(print.contains("<meta name=\"robots\" content=\"noindex\">"))
    }

    @Test func everyFormulaAndChartOfTheNotesIsOnThePrintPage() throws {
        let notes = try TemporaryNotes(PrintCourse.files)
        defer { notes.cleanUp() }
        _ = try notes.build()
        let print = article(try notes.page("print.html"))
        let pages = try PrintCourse.notePages.map { article(try notes.page($0)) }
        for needle in ["class=\"katex\"", "<svg", "<figure", "class=\"math-block\""] {
            let inNotes = pages.reduce(0) { $0 + count(needle, in: $1) }
            #expect(inNotes > 0 && count(needle, in: print) == inNotes, "\(needle)")
        }
    }

    @Test func everyPageLinksToThePrintPage() throws {
        let notes = try TemporaryNotes(PrintCourse.files)
        defer { notes.cleanUp() }
        _ = try notes.build()
        for page in ["index.html", "zeta.html", "404.html"] {
            #expect(try notes.page(page).contains("<p class=\"print-link\"><a href=\"print.html\">打印全部笔记</a></p>"), "\(page)")
        }
        #expect(try notes.page("sub/gamma.html").contains("<a href=\"../print.html\">打印全部笔记</a>"))
        #expect(try notes.page("print.html").contains("<a href=\"print.html\" aria-current=\"page\">"))
    }

    @Test func aNoteCalledPrintKeepsItsPage() throws {
        let notes = try TemporaryNotes(["print.md": "# 印刷术\n\n正文。\n", "b.md": "# B\n"])
        defer { notes.cleanUp() }
        _ = try notes.build()
        #expect(try notes.page("print.html").contains("正文。") && !(try notes.page("print.html").contains("print-course\"")))
        #expect(try notes.page("print-course.html").contains("<section class=\"print-note\" id=\"print\">"))
        #expect(try notes.page("b.html").contains("<a href=\"print-course.html\">打印全部笔记</a>"))
    }
}
