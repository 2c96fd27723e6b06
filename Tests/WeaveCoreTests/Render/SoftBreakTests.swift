import Foundation
import Testing
@testable import WeaveCore

@Suite struct SoftBreakTests {
    private func body(_ markdown: String, lineBreaks: Bool = false) -> String {
        var dialect = SiteSettings.Dialect()
        dialect.lineBreaks = lineBreaks
        return PageRenderer(links: LinkResolver(root: URL(fileURLWithPath: "/nonexistent"), notes: []), dialect: dialect)
            .render(parse(markdown), outcome: nil) { tex, _ in MathResult(html: tex) }.body
    }

    @Test func aLineBreakBetweenChineseCharactersIsNoSpace() {
        #expect(body("梯度在两层之间。\n结果是\n**下降**的。\n") == "<p>梯度在两层之间。结果是<strong>下降</strong>的。</p>\n")
    }

    @Test func aLineBreakNextToLatinTextStaysASpace() {
        #expect(body("学习率 eta\n很小。\nthe end\nof it\n") == "<p>学习率 eta\n很小。\nthe end\nof it</p>\n")
    }

    @Test func obsidiansLineBreakSettingMakesEveryBreakABr() {
        #expect(body("第一行\nsecond\n", lineBreaks: true) == "<p>第一行<br>\nsecond</p>\n")
    }
}
