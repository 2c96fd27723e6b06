import Testing
@testable import WeaveCore

struct SearchTextTests {
    @Test func mathShowsAsTeXAndGivesTeXWords() {
        let text = SearchText.of([.text("激活函数 "), .math(tex: #"\sigma(x)"#, display: false, line: 1), .text(" 的导数")])
        #expect(text.display == #"激活函数 $\sigma(x)$ 的导数"#)
        #expect(text.terms.sorted() == ["函数", "导数", "激活", "活函", "的导", "sigma"].sorted())
    }

    @Test func aLineBreakBetweenChineseCharactersJoinsThemAndElsewhereIsASpace() {
        let text = SearchText.of([.text("反向"), .softBreak, .text("传播 and"), .softBreak, .text("more")])
        #expect(text.display == "反向传播 and more")
        #expect(text.terms.contains("向传"))
        #expect(text.terms.contains("and") && text.terms.contains("more"))
    }

    @Test func inlineCodeGivesIdentifiersAndLinksTheirLabels() {
        let text = SearchText.of([
            .text("调用 "), .code("Loss.crossEntropy"), .text("，见 "),
            .wikiLink(target: "02-losses", heading: nil, label: "损失函数", line: 1),
            .strong([.text("重点")]), .html("<br>"), .embed(target: "x.png", line: 1),
        ])
        #expect(text.display == "调用 Loss.crossEntropy，见 损失函数重点")
        #expect(text.terms.contains("crossentropy") && text.terms.contains("entropy"))
        #expect(text.terms.contains("损失") && text.terms.contains("重点"))
        #expect(!text.terms.contains { $0.contains("png") })
    }

    @Test func joiningLinesCollapsesWhiteSpaceAndTrims() {
        #expect(SearchText.joiningLines("  a \n\n b\t c  ") == "a b c")
        #expect(SearchText.joiningLines("梯\n度") == "梯度")
        #expect(SearchText.joiningLines("梯 \n度") == "梯 度", "a space the author wrote stays")
        #expect(SearchText.joiningLines("梯\nx") == "梯 x")
        // Runs are copied by scalars: a combining mark after white space (not a character boundary) stays whole.
        #expect(SearchText.joiningLines("a \u{301}b\u{3000}c\u{301} ") == "a \u{301}b c\u{301}")
        #expect(SearchText.joiningLines("") == "" && SearchText.joiningLines(" \n ") == "")
    }
}
