import Testing
@testable import WeaveCore

@Suite struct FootnoteRenderingTests {
    @Test func referencesAreSuperscriptLinksAndTheFootnotesCloseThePageWithBackLinks() {
        let markdown = "甲[^a]乙[^b]丙[^a]。\n\n[^b]: 第二\n[^a]: 第一\n    **续**\n"
        #expect(renderWithoutKaTeX(markdown).page.body == """
            <p>甲<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>\
            乙<sup class="footnote-ref"><a href="#fn-2" id="fnref-2">2</a></sup>\
            丙<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2">1</a></sup>。</p>
            <section class="footnotes">
            <ol>
            <li id="fn-1">
            <p>第一<strong>续</strong> <a href="#fnref-1" class="footnote-back" aria-label="back to reference 1">↩</a> \
            <a href="#fnref-1-2" class="footnote-back" aria-label="back to reference 1">↩<sup>2</sup></a></p>
            </li>
            <li id="fn-2">
            <p>第二 <a href="#fnref-2" class="footnote-back" aria-label="back to reference 2">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }

    @Test func aFootnoteOfSeveralBlocksEndsWithItsBackLinks() {
        let markdown = "x[^1]\n\n[^1]: 第一段\n\n    ```\n    code\n    ```\n"
        #expect(renderWithoutKaTeX(markdown).page.body == """
            <p>x<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup></p>
            <section class="footnotes">
            <ol>
            <li id="fn-1">
            <p>第一段</p>
            <pre class="code"><code>code
            </code></pre>
            <p><a href="#fnref-1" class="footnote-back" aria-label="back to reference 1">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }

    @Test func aNoteWithoutReferencesHasNoFootnoteSection() {
        let (note, page) = renderWithoutKaTeX("正文\n\n[^1]: 无人引用\n")
        #expect(page.body == "<p>正文</p>\n")
        #expect(note.diagnostics.map(\.line) == [3])
    }

    @Test func aFootnoteInAHeadingStaysOutOfTheTableOfContents() {
        let page = renderWithoutKaTeX("## 标题[^1]\n\n[^1]: 注\n").page
        #expect(page.headings.map(\.html) == ["标题"])
        #expect(page.body.hasPrefix("<h2 id=\"标题\">标题<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup><a class=\"anchor\""))
    }
}
