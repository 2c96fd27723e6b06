import Foundation
import Testing
@testable import WeaveCore

struct SearchIndexTests {
    static let index = SearchIndex(pages: [
        .init(title: "甲", url: "a.html", sections: [searchSection("", "甲", text: "梯度 梯度"), searchSection("b", "乙", text: "梯度下降")]),
        .init(title: "丙", url: "c.html", sections: [searchSection("", "丙", text: "softmax")]),
    ])

    @Test func postingsNumberSectionsAcrossPagesAndListEachOnce() {
        let postings = Self.index.postings
        #expect(postings["梯度"] == [0, 1])
        #expect(postings["下降"] == [1])
        #expect(postings["softmax"] == [2])
    }

    @Test func theScriptSetsTheIndexWithSortedTermsAndEveryStringIntact() throws {
        let awkward = "quote \" backslash \\ newline \n tab \t \u{2028}\u{2029} </script> \u{1}\u{1f} 𝜎 课程 ©"
        let index = SearchIndex(pages: [.init(title: awkward, url: "a%20b.html", sections: [searchSection("x", awkward, text: awkward)])])
        let runner = try SearchScriptRunner(index)
        #expect(try runner.run("return window.weaveSearchIndex.pages[0][0];") == awkward)
        #expect(try runner.run("return window.weaveSearchIndex.sections[0][3];") == awkward)
        #expect(try runner.run("return window.weaveSearchIndex.pages[0][1];") == "a%20b.html")
        let keys = try runner.run("return Object.keys(window.weaveSearchIndex.terms).join(' ');")
        #expect(keys == index.postings.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: " "))
        #expect(index.script == SearchIndex(pages: index.pages).script, "the same input gives the same bytes")
    }

    @Test func theSiteIndexHasTheHomePageThenTheNotesInOrder() {
        let home = renderedPage("# 课程\n\n首页的话。\n", path: "index.md")
        let notes = [renderedPage("# 第一课\n\n## 梯度\n\n正文\n", path: "01 first.md"), renderedPage("# 第二课\n", path: "sub/02.md")]
        let index = SearchIndex(home: home, notes: notes, siteTitle: "我的课程")
        #expect(index.pages.map(\.title) == ["我的课程", "第一课", "第二课"])
        #expect(index.pages.map(\.url) == ["index.html", "01%20first.html", "sub/02.html"])
        #expect(index.pages[1].sections.map(\.id) == ["第一课", "梯度"])
    }
}
