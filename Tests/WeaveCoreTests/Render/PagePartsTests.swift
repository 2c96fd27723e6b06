import Foundation
import Testing
@testable import WeaveCore

/// A rendered page is parts the site lays out: the body, where its title ends, its headings, assets
/// and warnings, not HTML the site has to search.
@Suite struct PagePartsTests {
    @Test func titleEndIsRightAfterATopLevelHeadingThatIsTheTitle() throws {
        let page = renderedPage("前言\n\n# 梯度\n\n正文\n", path: "a.md")
        let end = try #require(page.titleEnd)
        let upToEnd = String(decoding: Array(page.body.utf8)[..<end], as: UTF8.self)
        #expect(upToEnd.hasPrefix("<p>前言</p>\n<h1 id=") && upToEnd.hasSuffix("</h1>\n"))
        #expect(String(decoding: Array(page.body.utf8)[end...], as: UTF8.self) == "<p>正文</p>\n")
    }

    @Test func noTitleEndWhenTheFirstHeadingIsNotTheTitle() {
        #expect(renderedPage("---\ntitle: 别的\n---\n# 梯度\n", path: "a.md").titleEnd == nil, "front matter names another title")
        #expect(renderedPage("## 小节\n\n# 梯度\n", path: "a.md").titleEnd == nil, "the first heading is not level 1")
        #expect(renderedPage("> # 梯度\n", path: "a.md").titleEnd == nil, "a heading in a quote is not the page's title")
        #expect(renderedPage("正文\n", path: "a.md").titleEnd == nil)
    }

    @Test func theSitePutsDateAndTagsAtTitleEnd() throws {
        let notes = try TemporaryNotes(["a.md": "---\ndate: 2025-03-01\n---\n前言\n\n# 梯度\n\n正文\n"])
        defer { notes.cleanUp() }
        _ = try notes.build()
        let html = try notes.page("a.html")
        let heading = try #require(html.range(of: "</h1>\n"))
        #expect(html[heading.upperBound...].hasPrefix("<div class=\"page-meta\"><time>2025-03-01</time></div>\n<p>正文</p>"))
    }
}
