import Foundation
import Testing
@testable import WeaveCore

/// `[text](other.md)` and `[text](other.md#标题)` lead to the other note's page and heading; links to files
/// of the notes folder lead to their copies; what does not exist is a warning at the link's line.
@Suite struct MarkdownLinkTests {
    @Test func linksBetweenNotesAndToFilesWorkInTheSite() throws {
        let notes = try TemporaryNotes([
            "a.md": """
            # 甲

            见 [乙](sub/b.md)、[反向传播](sub/b.md#反向传播)、[同一个](sub/b.md#反向传播-1)、[幻灯片](slides%20one.pdf)。

            坏的：[丙](c.md)、[无此标题](sub/b.md#没有)、[无此文件](missing.pdf)。
            """,
            "sub/b.md": "# 乙\n\n回到 [甲](../a.md#甲)。\n\n## 反向传播\n\n## 反向传播\n",
            "slides one.pdf": "%PDF",
        ])
        defer { notes.cleanUp() }
        let report = try notes.build()
        let a = try notes.page("a.html"), b = try notes.page("sub/b.html")
        #expect(a.contains("<a href=\"sub/b.html\">乙</a>"))
        #expect(a.contains("<a href=\"sub/b.html#反向传播\">反向传播</a>"))
        #expect(a.contains("<a href=\"sub/b.html#反向传播-1\">同一个</a>"))
        #expect(a.contains("<a href=\"files/slides%20one.pdf\">幻灯片</a>"))
        #expect(b.contains("<a href=\"../a.html#甲\">甲</a>"))
        #expect(FileManager.default.fileExists(atPath: notes.site.appendingPathComponent("files/slides one.pdf").path))
        #expect(report.warnings.map(\.description) == [
            "\(notes.notes)/a.md:5: warning: broken link c.md: no note c.md in the notes folder",
            "\(notes.notes)/a.md:5: warning: broken link sub/b.md#没有: sub/b.md has no heading 没有",
            "\(notes.notes)/a.md:5: warning: broken link missing.pdf: no file missing.pdf in the notes folder",
        ])
    }
}
