import Foundation
import Testing
@testable import WeaveCore

/// The search page in headless Chromium from `file://`: a linked query shows its results, typing in the
/// box updates them, and the box on a note page sends its query to the search page.
@Suite(.serialized, .enabled(if: BrowserProbe.chromium != nil, "chromium is not installed"))
struct SearchBrowserTests {
    /// The DOM of `url` after its scripts ran (and any navigation they started ended).
    static func dom(_ url: String) throws -> String {
        let result = try ProcessRunner(timeout: 60).run(BrowserProbe.chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000", "--dump-dom", url,
        ])
        return String(decoding: result.standardOutput, as: UTF8.self)
    }

    /// The result links of a search page's DOM, in order.
    static func resultLinks(_ dom: String) -> [String] {
        dom.components(separatedBy: "<li class=\"search-result\"><a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// A copy of `page` beside it that does `action` after the page's own scripts ran; its file URL.
    static func copy(_ page: URL, doing action: String) throws -> URL {
        let html = try String(contentsOf: page, encoding: .utf8)
        let probe = page.deletingLastPathComponent().appendingPathComponent("probe-\(page.lastPathComponent)")
        let script = "<script>\(action)</script>\n</body>"
        try html.replacingOccurrences(of: "</body>", with: script).write(to: probe, atomically: true, encoding: .utf8)
        return probe
    }

    /// Types `text` into the search page's box a character at a time, as input events.
    static func typing(_ text: String) -> String {
        """
        var box = document.getElementById('search-query'), typed = '';
        Array.from(\(SearchIndex.json(text))).forEach(function (c) {
          typed += c; box.value = typed;
          box.dispatchEvent(new InputEvent('input', { bubbles: true, data: c, inputType: 'insertText' }));
        });
        """
    }

    @Test func aLinkedQueryShowsItsResultsFromFileURLs() throws {
        let notes = try TemporaryNotes(SearchPageTests.course)
        defer { notes.cleanUp() }
        _ = try notes.build()
        let url = notes.site.appendingPathComponent("search.html").absoluteString + "?q=%E6%A2%AF%E5%BA%A6"  // 梯度
        let dom = try Self.dom(url)
        #expect(Self.resultLinks(dom) == ["01-grad.html#梯度下降", "01-grad.html#学习率", "02-backprop.html#链式法则", "sub/04-deep.html#深层"])
        #expect(dom.contains(">4 个结果</p>"))
        #expect(dom.contains("<span class=\"search-page\"><mark>梯度</mark>下降</span>"))
        #expect(dom.contains("<p class=\"search-snippet\">学习率太大时<mark>梯度</mark>下降会发散。</p>"))
        #expect(dom.contains("<title>梯度 · 搜索 · "))
    }

    @Test func typingInTheBoxUpdatesTheResults() throws {
        let notes = try TemporaryNotes(SearchPageTests.course)
        defer { notes.cleanUp() }
        _ = try notes.build()
        let probe = try Self.copy(notes.site.appendingPathComponent("search.html"), doing: Self.typing("反向传播"))
        let dom = try Self.dom(probe.absoluteString + "?q=%E5%8D%B7%E7%A7%AF")  // starts on 卷积's results
        #expect(Self.resultLinks(dom) == ["02-backprop.html#反向传播", "02-backprop.html#链式法则"])
        #expect(dom.contains("<p class=\"search-snippet\"><mark>反向传播</mark>用链式法则计算梯度。</p>"))
        let nothing = try Self.copy(notes.site.appendingPathComponent("search.html"), doing: Self.typing("注意力"))
        let empty = try Self.dom(nothing.absoluteString)
        #expect(Self.resultLinks(empty).isEmpty && empty.contains(">没有找到“注意力”。</p>"))
    }

    @Test func theBoxOnANotePageSendsItsQueryToTheSearchPage() throws {
        let notes = try TemporaryNotes(SearchPageTests.course)
        defer { notes.cleanUp() }
        _ = try notes.build()
        // A note in a subfolder: its form leads up to the search page at the site's root.
        let probe = try Self.copy(notes.site.appendingPathComponent("sub/04-deep.html"), doing: """
            var form = document.querySelector('form.site-search'); form.q.value = 'crossEntropy'; form.requestSubmit();
            """)
        let dom = try Self.dom(probe.absoluteString)
        #expect(Self.resultLinks(dom) == ["02-backprop.html#链式法则"])
        #expect(dom.contains("<pre class=\"search-snippet\"><code>let g = Loss.<mark>crossEntropy</mark>(z, labels: y)</code></pre>"))
    }
}
