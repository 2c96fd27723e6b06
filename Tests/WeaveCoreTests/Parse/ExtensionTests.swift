import Testing
@testable import WeaveCore

@Suite struct ExtensionTests {
    @Test func calloutsBecomeCalloutsWithTitleAndBody() {
        let note = parse("> [!warning] 小心\n> 学习率太大会发散。\n")
        guard case .callout(let kind, let title, _, let body, _)? = note.blocks.first else { Issue.record("no callout"); return }
        #expect(kind == "warning")
        #expect(title == [.text("小心")])
        #expect(body == [.paragraph([.text("学习率太大会发散。")], line: 2)])
    }

    @Test func foldableCalloutWithoutTitle() {
        let note = parse("> [!tip]-\n> body\n")
        guard case .callout(let kind, let title, _, _, _)? = note.blocks.first else { Issue.record("no callout"); return }
        #expect(kind == "tip")
        #expect(title.isEmpty)
    }

    @Test func plainQuotesStayQuotes() {
        guard case .quote? = parse("> just a quote [!not] here\n").blocks.first else { Issue.record("not a quote"); return }
    }

    @Test func strikethroughAndHighlight() {
        let note = parse("~~old~~ and ==key **idea**== but a == b stays.\n")
        guard case .paragraph(let inlines, _)? = note.blocks.first else { Issue.record("no paragraph"); return }
        #expect(inlines == [
            .strikethrough([.text("old")]), .text(" and "),
            .highlight([.text("key "), .strong([.text("idea")])]), .text(" but a == b stays."),
        ])
    }

    @Test func bareURLsBecomeLinksAndStopAtChinesePunctuation() {
        let note = parse("见 https://example.com/a_b。以及 (www.test.org).\n")
        guard case .paragraph(let inlines, _)? = note.blocks.first else { Issue.record("no paragraph"); return }
        #expect(inlines == [
            .text("见 "), .link(destination: "https://example.com/a_b", title: "", [.text("https://example.com/a_b")]),
            .text("。以及 ("), .link(destination: "https://www.test.org", title: "", [.text("www.test.org")]), .text(")."),
        ])
    }

    @Test func wikiLinksAndEmbeds() {
        let note = parse("See [[02-losses#交叉熵|the loss]] and [[notes]] and ![[fig.png]].\n")
        guard case .paragraph(let inlines, _)? = note.blocks.first else { Issue.record("no paragraph"); return }
        #expect(inlines == [
            .text("See "), .wikiLink(target: "02-losses", heading: "交叉熵", label: "the loss", line: 1),
            .text(" and "), .wikiLink(target: "notes", heading: nil, label: nil, line: 1),
            .text(" and "), .embed(target: "fig.png", line: 1), .text("."),
        ])
    }

    @Test func rawHTMLPassesThrough() {
        let note = parse("<font color=red>红</font> and <img src=\"a.png\" style=\"zoom:50%\">\n\n<div align=center>\n\nx\n\n</div>\n")
        guard case .paragraph(let inlines, _)? = note.blocks.first else { Issue.record("no paragraph"); return }
        #expect(inlines.first == .html("<font color=red>"))
        #expect(inlines.contains(.html("<img src=\"a.png\" style=\"zoom:50%\">")))
        #expect(note.blocks.contains(.html("<div align=center>\n", line: 3)))
    }

    @Test func chineseHeadingsGetUniqueAnchors() {
        let note = parse("# 反向传播 (BP)\n\n## 反向传播 (BP)\n\n## Loss Function!\n")
        let ids = note.blocks.compactMap { block -> String? in
            if case .heading(_, _, let id, _) = block { return id } else { return nil }
        }
        #expect(ids == ["反向传播-bp", "反向传播-bp-1", "loss-function"])
    }

    @Test func cellsAreNumberedWithOptions() {
        let note = parse("```swift-nn\na\n```\n\n```swift\nb\n```\n\n```swift-nn hide fails\nc\n```\n")
        #expect(note.cells.map(\.index) == [0, 1])
        #expect(note.cells[1].options.hide && note.cells[1].options.fails)
        #expect(note.cells[1].line == 9)
        guard case .code(let language, _, _) = note.blocks[1] else { Issue.record("not code"); return }
        #expect(language == "swift")
    }

    @Test func tablesWithAlignmentAndInlineMarkup() {
        let note = parse("Intro\n| 函数 | 导数 |\n|:---|---:|\n| **σ** | $\\sigma(1-\\sigma)$ |\n")
        #expect(note.blocks.count == 2)
        guard case .table(let table, let line) = note.blocks[1] else { Issue.record("no table"); return }
        #expect(line == 2)
        #expect(table.alignments == [.left, .right])
        #expect(table.header == [[.text("函数")], [.text("导数")]])
        #expect(table.rows == [[[.strong([.text("σ")])], [.math(tex: "\\sigma(1-\\sigma)", display: false, line: 4)]]])
    }

    @Test func frontMatterCategoriesAsAListOrACommaSeparatedString() {
        #expect(parse("---\ncategories: [深度学习, 笔记]\n---\n# H\n").source.frontMatter.categories == ["深度学习", "笔记"])
        #expect(parse("---\ncategories: 深度学习, 笔记\n---\n# H\n").source.frontMatter.categories == ["深度学习", "笔记"])
    }

    @Test func frontMatterFields() throws {
        let note = parse("---\ntitle: 损失函数\ndate: 2025-02-20 16:00:00\ntags:\n- 人工智能\n- 笔记\norder: 2\ntimeout: 30\n---\n# H\n")
        #expect(note.title == "损失函数")
        #expect(note.source.frontMatter.date == "2025-02-20 16:00:00")
        #expect(note.source.frontMatter.tags == ["人工智能", "笔记"])
        #expect(note.source.frontMatter.order == 2)
        #expect(note.source.frontMatter.timeout == 30)
        guard case .heading(_, _, _, let line)? = note.blocks.first else { Issue.record("no heading"); return }
        #expect(line == 10)
    }
}
