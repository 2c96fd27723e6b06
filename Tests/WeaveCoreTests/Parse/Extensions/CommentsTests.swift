import Testing
@testable import WeaveCore

@Suite struct CommentsTests {
    private func body(_ markdown: String) -> String { renderWithoutKaTeX(markdown).page.body }

    @Test func anObsidianCommentInsideALineIsRemoved() {
        #expect(Comments.strip("a %%secret%% b\n", firstLine: 1).text == "a  b\n")
        #expect(body("正文 %%备注%% 继续\n") == "<p>正文  继续</p>\n")
    }

    @Test func aCommentOverSeveralLinesLeavesEmptyLinesSoLaterLinesKeepTheirNumbers() {
        let stripped = Comments.strip("para\n\n%%\nhidden\nstill hidden\n%%\n\n## 标题\n", firstLine: 1)
        #expect(stripped.text == "para\n\n\n\n\n\n\n## 标题\n")
        let note = parse("para\n\n%%\nhidden\n%%\n\n## 标题\n")
        #expect(note.blocks == [.paragraph([.text("para")], line: 1), .heading(level: 2, [.text("标题")], id: "标题", line: 7)])
    }

    @Test func aCommentEndingMidLineKeepsTheRestOfThatLine() {
        #expect(body("前面 %%从这里\n到这里%%后面\n") == "<p>前面后面</p>\n")
        #expect(Comments.strip("a %%x\ny%% b\n", firstLine: 1).text == "a\n b\n")
    }

    @Test func aCommentInsideACalloutKeepsTheQuoteMarkers() {
        let markdown = "> [!note]\n> 一 %%藏\n> 起来%% 二\n"
        #expect(Comments.strip(markdown, firstLine: 1).text == "> [!note]\n> 一\n>  二\n")
        #expect(body(markdown) == "<aside class=\"callout callout-note\"><div class=\"callout-title\">Note</div>\n<p>一二</p>\n</aside>\n")
    }

    @Test func fencedCodeCodeSpansAndDisplayMathKeepTheirComments() {
        let markdown = "```\n%% kept %% <!-- kept -->\n```\n\n`%%a%%` and `<!-- b -->`\n\n$$\nx %% y\n$$\n"
        #expect(Comments.strip(markdown, firstLine: 1).text == markdown)
        #expect(Comments.strip(markdown, firstLine: 1).problems.isEmpty)
    }

    @Test func htmlCommentsNeverShowWhereverTheyAre() {
        #expect(body("文字 <!-- 注释 --> 后面\n") == "<p>文字  后面</p>\n")
        #expect(body("<!-- 整行 --> **粗体**\n") == "<p><strong>粗体</strong></p>\n")
        #expect(body("前 <!-- 跨\n\n空行 --> 后\n") == "<p>前</p>\n<p>后</p>\n")
        #expect(body("<!--\n多行\n注释\n-->\n\n正文\n") == "<p>正文</p>\n")
    }

    @Test func anUnclosedCommentIsShownAsTextWithAWarningAtItsLine() {
        let (note, page) = renderWithoutKaTeX("第一行\n\n价格 %% 不是注释\n\n<!-- 没关上\n\n后文\n")
        #expect(note.diagnostics.map(\.line) == [3, 5])
        #expect(note.diagnostics.map(\.message) == [
            "an Obsidian comment opened with %% is never closed; it is shown as text",
            "an HTML comment opened with <!-- is never closed; it is shown as text",
        ])
        #expect(note.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(page.body == "<p>第一行</p>\n<p>价格 %% 不是注释</p>\n<p>&lt;!-- 没关上</p>\n<p>后文</p>\n")
    }

    @Test func aLineOfManyUnclosedOpenersIsOneWarning() {
        let line = String(repeating: "<!-- ", count: 1_000)
        let stripped = Comments.strip(line, firstLine: 7)
        #expect(stripped.problems.map(\.line) == [7])
        #expect(stripped.text == String(repeating: "\\<!-- ", count: 1_000))
    }
}
