import Foundation
import Testing
@testable import WeaveCore

/// Typora has no indented code blocks: indented lines are a paragraph, with their emphasis and math; the
/// `indented_code` setting brings CommonMark's reading back. Fenced code stays code either way.
@Suite struct IndentedParagraphTests {
    static let text = "# T\n\n    缩进的 **一段** 有 $x^2$。\n    第二行。\n\n\tTab 缩进。\n\n- 项\n\n      项里的缩进\n\n- ```\n  fenced\n  ```\n"

    private func parse(_ markdown: String, indentedCode: Bool) -> Note {
        var dialect = SiteSettings.Dialect()
        dialect.indentedCode = indentedCode
        let source = try! NoteLoader.load(Data(markdown.utf8), displayPath: "notes/test.md", relativePath: "test.md")
        return NoteParser.parse(source, dialect: dialect)
    }

    @Test func indentedLinesAreParagraphsAsInTypora() {
        let blocks = parse(Self.text, indentedCode: false).blocks
        #expect(blocks[1] == .paragraph([.text("缩进的 "), .strong([.text("一段")]), .text(" 有 "),
                                         .math(tex: "x^2", display: false, line: 3), .text("。"), .softBreak, .text("第二行。")], line: 3))
        #expect(blocks[2] == .paragraph([.text("Tab 缩进。")], line: 6))
        guard case .list(_, _, _, let items, _) = blocks[3] else { Issue.record("no list: \(blocks)"); return }
        #expect(items[0] == [.paragraph([.text("项")], line: 8), .paragraph([.text("项里的缩进")], line: 10)])
        #expect(items[1] == [.code(language: "", "fenced\n", line: 12)])
    }

    @Test func theSettingBringsBackIndentedCode() {
        let blocks = parse(Self.text, indentedCode: true).blocks
        guard case .code(_, let code, let line) = blocks[1] else { Issue.record("not code: \(blocks[1])"); return }
        #expect(code.hasPrefix("缩进的 **一段** 有 $x^2$。\n") && line == 3)
    }
}
