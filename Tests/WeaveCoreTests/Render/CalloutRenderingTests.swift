import Testing
@testable import WeaveCore

@Suite struct CalloutRenderingTests {
    private func body(_ markdown: String) -> String { renderWithoutKaTeX(markdown).page.body }

    @Test func aPlainCalloutIsAnAside() {
        #expect(body("> [!warning] 小心\n> 会发散。\n")
            == "<aside class=\"callout callout-warning\"><div class=\"callout-title\">小心</div>\n<p>会发散。</p>\n</aside>\n")
    }

    @Test func foldedCalloutsAreDetailsClosedWithMinusAndOpenWithPlus() {
        #expect(body("> [!tip]- 点开看\n> 藏着的\n")
            == "<details class=\"callout callout-tip\"><summary class=\"callout-title\">点开看</summary>\n<p>藏着的</p>\n</details>\n")
        #expect(body("> [!example]+\n> 展开的\n")
            == "<details class=\"callout callout-example\" open><summary class=\"callout-title\">Example</summary>\n<p>展开的</p>\n</details>\n")
    }

    @Test func anAliasTakesItsKindsColourAndGivesItsOwnWordAsTheTitle() {
        #expect(body("> [!hint]\n> a\n")
            == "<aside class=\"callout callout-tip\"><div class=\"callout-title\">Hint</div>\n<p>a</p>\n</aside>\n")
        #expect(body("> [!Important]- \n> a\n")
            == "<details class=\"callout callout-tip\"><summary class=\"callout-title\">Important</summary>\n<p>a</p>\n</details>\n")
        #expect(body("> [!faq]\n> a\n").hasPrefix("<aside class=\"callout callout-question\"><div class=\"callout-title\">Faq</div>"))
        #expect(body("> [!提示]\n> a\n").hasPrefix("<aside class=\"callout callout-提示\"><div class=\"callout-title\">提示</div>"))
    }

    @Test func everyKindHasAColourRuleOrTheNoteColour() {
        let blueByDefault: Set = ["note", "info", "todo"]
        for kind in CalloutKinds.aliases.keys where !blueByDefault.contains(kind) {
            #expect(Stylesheet.css.contains(".callout-\(kind)"), "no colour for \(kind)")
        }
    }
}
