import Foundation
import Testing
@testable import WeaveCore

/// Numbered equations, figures and the references to them, as the page shows them. Formulas are "typeset"
/// as `[TeX]`, so the TeX that would reach KaTeX is visible.
@Suite struct ReferenceRenderingTests {
    func render(_ markdown: String, outcome: NoteOutcome? = nil, settings: SiteSettings = SiteSettings(),
                others: [Note] = []) -> RenderedPage {
        let note = parse(markdown)
        let style = NumberingStyle(settings)
        var labels: [String: [String: ReferenceTarget]] = [:]
        for other in others { labels[other.source.relativePath] = NoteReferences(other, outcome: nil, style: style).labels }
        let links = LinkResolver(root: URL(fileURLWithPath: "/nonexistent"), notes: [note] + others, labels: labels)
        return PageRenderer(links: links, numbering: style).render(note, outcome: outcome) { tex, display in
            MathResult(html: display ? "[\(tex)]" : "⟨\(tex)⟩")
        }
    }

    @Test func aLabelledEquationIsNumberedAndProseLinksToIt() {
        let page = render("""
        $$
        E = \\frac12 (t - y)^2 \\label{eq:mse} \\\\
        $$
        由 \\eqref{eq:mse} 和 $\\eqref{eq:mse}$ 得 $\\ref{eq:mse}$，而 $x = \\eqref{eq:mse}$。
        """)
        #expect(page.warnings.isEmpty, "\(page.warnings)")
        // The trailing `\\` is dropped before the tag goes on, so no empty line is added. (A `$$` line
        // straight before text is display math inside the paragraph.)
        #expect(page.body.contains("<span class=\"math-block\" id=\"eq-mse\">[E = \\frac12 (t - y)^2 \\label{eq:mse} \n\\tag{1}]</span>"))
        #expect(page.body.contains("由 <a class=\"ref\" href=\"#eq-mse\">(1)</a> 和 <a class=\"ref\" href=\"#eq-mse\">(1)</a> 得 <a class=\"ref\" href=\"#eq-mse\">1</a>"))
        #expect(page.body.contains("而 ⟨x = \\text{(1)}⟩。"), "inside a larger formula the number is text")
    }

    @Test func automaticNumberingTagsEveryDisplayAndTheAuthorsTagIsKept() {
        var settings = SiteSettings()
        settings.equationNumbering = true
        let page = render("$$\na &= b \\\\ c &= d\n$$\n\n$$\nx \\tag{A} \\label{eq:x}\n$$\n\n$$\ny \\notag\n$$\n\n$$\nz\n$$\n\n见 \\eqref{eq:x}。\n",
                          settings: settings)
        #expect(page.body.contains("[\\begin{aligned}\na &= b \\\\ c &= d\n\\end{aligned}\n\\tag{1}]"), "after KaTeX's shape, the tag")
        #expect(page.body.contains("id=\"eq-x\">[\nx \\tag{A} \\label{eq:x}\n]"))
        #expect(page.body.contains("[\ny \\notag\n]") && page.body.contains("[z\n\\tag{2}]"))
        #expect(page.body.contains("见 <a class=\"ref\" href=\"#eq-x\">(A)</a>。"))
    }

    @Test func anUnknownLabelIsAWarningAtItsOwnLine() {
        let page = render("第一行\n第二行 \\eqref{eq:nope}\n\n$$\nx \\notag \\label{eq:n}\n$$\n\n$\\ref{eq:nope}$ 与 \\ref{eq:n}\n")
        #expect(page.warnings.map(\.description) == [
            "notes/test.md:2: warning: unknown label `eq:nope` in \\eqref{eq:nope}: no equation or figure of this note has that label",
            "notes/test.md:8: warning: unknown label `eq:nope` in \\ref{eq:nope}: no equation or figure of this note has that label",
            "notes/test.md:8: warning: \\ref{eq:n} refers to an equation without a number (it says \\notag or \\nonumber)",
        ])
        #expect(page.body.contains("第二行 <span class=\"broken-link\">(?)</span>"))
    }

    @Test func referencesInCodeStayAsWritten() {
        let page = render("`\\eqref{eq:x}`\n\n```tex\n\\ref{x}\n```\n")
        #expect(page.warnings.isEmpty && page.body.contains("<code>\\eqref{eq:x}</code>"))
    }

    @Test func wikiLinksLeadToLabelsHereAndInOtherNotes() {
        let other = parse("# 损失\n\n$$\nL \\label{eq:loss}\n$$\n", relativePath: "sub/losses.md")
        let page = render("$$\nx \\label{eq:x}\n$$\n\n见 [[#eq:x]]、[[losses#eq:loss]]、[[losses#eq:loss|那个式子]]、[[losses#eq:none]]、[[#fig:none]]。\n",
                          others: [other])
        #expect(page.body.contains("见 <a class=\"ref\" href=\"#eq-x\">式 (1)</a>、<a class=\"ref\" href=\"sub/losses.html#eq-loss\">损失 › 式 (1)</a>、"
            + "<a class=\"ref\" href=\"sub/losses.html#eq-loss\">那个式子</a>、<span class=\"broken-link\">eq:none</span>、<span class=\"broken-link\">fig:none</span>。"))
        #expect(page.warnings.map(\.description) == [
            "notes/test.md:5: warning: unknown label `eq:none` in [[losses#eq:none]]: sub/losses.md has no equation or figure with that label",
            "notes/test.md:5: warning: unknown label `fig:none` in [[#fig:none]]: this note has no equation or figure with that label",
        ])
    }

    @Test func aCaptionedValueIsANumberedFigureWithItsLabelAsId() {
        let outcome = NoteOutcome(cells: [CellOutcome(index: 0, status: .passed, outputs: [
            .figure(text: "chart", html: "<svg></svg>", caption: "损失 $L$ < 1", label: "fig:loss"),
            .figure(text: "42", html: nil, caption: "一个数", label: nil),
        ])])
        let page = render("```swift-nn\nshow(chart, caption: \"…\")\n```\n\n如图 \\ref{fig:loss} 与 [[#fig:loss]]。\n", outcome: outcome)
        #expect(page.body.contains("<figure class=\"figure\" id=\"fig-loss\">\n<div class=\"display\"><svg></svg></div>\n"
            + "<figcaption><span class=\"figure-number\">图 1</span> 损失 ⟨L⟩ &lt; 1</figcaption>\n</figure>\n"))
        #expect(page.body.contains("<figure class=\"figure\">\n<pre class=\"output\">42</pre>\n<figcaption><span class=\"figure-number\">图 2</span> 一个数</figcaption>"))
        #expect(page.body.contains("如图 <a class=\"ref\" href=\"#fig-loss\">1</a> 与 <a class=\"ref\" href=\"#fig-loss\">图 1</a>。"))
    }

    @Test func anEnglishSiteSaysFigureAndEq() {
        var settings = SiteSettings()
        settings.language = "en"
        let outcome = NoteOutcome(cells: [CellOutcome(index: 0, status: .passed, outputs: [.figure(text: "t", html: nil, caption: "c", label: nil)])])
        let page = render("```swift-nn\nshow(t)\n```\n\n$$\nx \\label{eq:x}\n$$\n\n[[#eq:x]]\n", outcome: outcome, settings: settings)
        #expect(page.body.contains(">Figure 1</span> c</figcaption>") && page.body.contains(">Eq. (1)</a>"))
    }

    @Test func imagesWithAltTextBecomeFiguresOnlyWhenAsked() {
        let markdown = "![网络的结构](https://example.com/net.png)\n\n行内 ![图标](https://example.com/i.png) 不是。\n"
        #expect(!render(markdown).body.contains("<figure"))
        var settings = SiteSettings()
        settings.imageCaptions = true
        let body = render(markdown, settings: settings).body
        #expect(body.contains("<figure class=\"figure\">\n<img src=\"https://example.com/net.png\" alt=\"网络的结构\" loading=\"lazy\">\n"
            + "<figcaption><span class=\"figure-number\">图 1</span> 网络的结构</figcaption>\n</figure>\n"))
        #expect(body.contains("<p>行内 <img"))
    }
}

/// Parses Markdown as the note at `relativePath`.
private func parse(_ markdown: String, relativePath: String) -> Note {
    NoteParser.parse(try! NoteLoader.load(Data(markdown.utf8), displayPath: "notes/\(relativePath)", relativePath: relativePath))
}
