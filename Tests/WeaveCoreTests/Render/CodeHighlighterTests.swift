import Foundation
import Testing
@testable import WeaveCore

@Suite struct CodeHighlighterTests {
    @Test func pythonIsHighlightedWithHighlightJsClassesAndEscaped() throws {
        let html = try #require(CodeHighlighter.shared.html("def f(x):\n    return x < 2  # 小于\n", language: "python"))
        #expect(html == """
        <span class="hljs-function"><span class="hljs-keyword">def</span> <span class="hljs-title">f</span><span class="hljs-params">(x)</span>:</span>
            <span class="hljs-keyword">return</span> x &lt; <span class="hljs-number">2</span>  <span class="hljs-comment"># 小于</span>

        """)
    }

    @Test func codeThatLooksLikeMarkupStaysText() throws {
        let html = try #require(CodeHighlighter.shared.html("echo '</code><script>alert(1)</script>'", language: "bash"))
        #expect(!html.contains("<script>") && html.contains("&lt;/code&gt;&lt;script&gt;"))
    }

    @Test func anUnknownLanguageOrAMissingScriptGivesNil() {
        #expect(CodeHighlighter.shared.html("x", language: "no-such-language") == nil)
        let missing = CodeHighlighter(scriptPath: URL(fileURLWithPath: "/nonexistent/highlight.js"))
        #expect(missing.html("x = 1", language: "python") == nil)
    }

    @Test func aPageHighlightsFencedCodeInOtherLanguages() {
        let page = PageRenderer(links: LinkResolver(root: URL(fileURLWithPath: "/nonexistent"), notes: []))
            .render(parse("```json\n{\"a\": 1}\n```\n\n```text\nplain <b>\n```\n"), outcome: nil) { tex, _ in MathResult(html: tex) }
        #expect(page.body.contains("<code class=\"language-json\">{<span class=\"hljs-attr\">\"a\"</span>: <span class=\"hljs-number\">1</span>}"))
        #expect(page.body.contains("<code class=\"language-text\">plain &lt;b&gt;"))
    }
}
