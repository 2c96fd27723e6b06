import Foundation
import Testing
@testable import WeaveCore

/// The search page, its script and index in a built site, and the search box on every page.
@Suite(.serialized) struct SearchPageTests {
    static let course = [
        "01-grad.md": "# 梯度下降\n\n沿负梯度方向更新参数。\n\n## 学习率\n\n学习率太大时梯度下降会发散。\n",
        "02-backprop.md": "# 反向传播\n\n## 链式法则\n\n反向传播用链式法则计算梯度。\n\n```swift\nlet g = Loss.crossEntropy(z, labels: y)\n```\n",
        "03-conv.md": "# 卷积\n\n卷积核在图像上滑动。\n",
        "sub/04-deep.md": "# 深层\n\n梯度消失。\n",
    ]

    @Test func theSiteHasTheSearchPageItsScriptAndItsIndex() throws {
        let notes = try TemporaryNotes(Self.course)
        defer { notes.cleanUp() }
        _ = try notes.build()
        let page = try notes.page("search.html")
        #expect(page.contains("<input type=\"search\" id=\"search-query\" name=\"q\" placeholder=\"搜索课程\""))
        #expect(page.contains("data-count=\"{n} 个结果\"") && page.contains("data-none=\"没有找到“{q}”。\""))
        #expect(page.contains("<noscript><p class=\"notice\">搜索需要 JavaScript"))
        #expect(page.contains("<script src=\"assets/search-index.js\"></script>\n<script src=\"assets/search.js\"></script>"))
        #expect(!page.contains("class=\"site-search\""), "the search page has its own box")
        let script = try Data(contentsOf: notes.site.appendingPathComponent("assets/search.js"))
        #expect(script == SearchScript.data && String(decoding: script, as: UTF8.self).contains("weaveSearch"))
        let index = try notes.page("assets/search-index.js")
        #expect(index.hasPrefix("window.weaveSearchIndex = {"))
        #expect(index.contains("[\"深层\",\"sub/04-deep.html\"]") && index.contains("\"梯度\":["))
    }

    @Test func everyOtherPageHasASearchBoxThatSendsItsQueryToTheSearchPageWithoutAScript() throws {
        let notes = try TemporaryNotes(Self.course)
        defer { notes.cleanUp() }
        _ = try notes.build()
        let form = { (prefix: String) in
            "<form class=\"site-search\" action=\"\(prefix)search.html\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"搜索\""
        }
        for name in ["index.html", "01-grad.html", "404.html"] {
            let page = try notes.page(name)
            #expect(page.contains(form("")), "\(name)")
            #expect(!page.contains("<script"), "\(name) needs no script")
        }
        #expect(try notes.page("sub/04-deep.html").contains(form("../")))
    }

    @Test func theWordsFollowTheSiteLanguage() throws {
        var course = Self.course
        course["weave.yml"] = "language: en\n"
        let notes = try TemporaryNotes(course)
        defer { notes.cleanUp() }
        _ = try notes.build()
        let page = try notes.page("search.html")
        #expect(page.contains("<h1 class=\"page-title\">Search</h1>") && page.contains("placeholder=\"Search the course\""))
        #expect(page.contains("data-count=\"{n} results\"") && page.contains("data-one=\"1 result\""))
        #expect(page.contains("data-none=\"Nothing found for “{q}”.\"") && page.contains("Search needs JavaScript"))
        #expect(try notes.page("01-grad.html").contains("placeholder=\"Search\" aria-label=\"Search the course\""))
    }
}
