import Foundation
import Testing
@testable import WeaveCore

/// Emphasis next to Chinese punctuation, where CommonMark's flanking rule fails and Typora and Obsidian
/// still show it.
@Suite struct CJKEmphasisTests {
    private func inlines(_ markdown: String) -> [Inline] {
        guard case .paragraph(let inlines, _)? = parse(markdown).blocks.first else { return [] }
        return inlines
    }

    @Test func strongAndEmphasisBesideFullWidthPunctuation() {
        #expect(inlines("**归到某一边：**反正都一样。") == [.strong([.text("归到某一边：")]), .text("反正都一样。")])
        #expect(inlines("这是*“强调”*的。") == [.text("这是"), .emphasis([.text("“强调”")]), .text("的。")])
        #expect(inlines("__注意：__下面") == [.strong([.text("注意：")]), .text("下面")])
        #expect(inlines("_（可选）_参数") == [.emphasis([.text("（可选）")]), .text("参数")])
        #expect(inlines("~~（删掉）~~与==（重点）==") == [.strikethrough([.text("（删掉）")]), .text("与"), .highlight([.text("（重点）")])])
    }

    @Test func whatCommonMarkAlreadyReadsStaysAndWordsKeepTheirUnderscores() {
        #expect(inlines("a **b** c") == [.text("a "), .strong([.text("b")]), .text(" c")])
        #expect(inlines("snake_case_name 与 x_1_2") == [.text("snake_case_name 与 x_1_2")])
        #expect(inlines("a * b * c 和 2 ** 3") == [.text("a * b * c 和 2 ** 3")])
        #expect(inlines("只有一个**开头") == [.text("只有一个**开头")])
    }
}
