import Foundation
import Testing

/// The search page through `weave serve` in headless Chromium: a linked query and a typed one show their
/// results, and a saved note is found by the next build's index.
@Suite(.serialized, .enabled(if: Chromium.path != nil, "chromium is not installed"))
struct SearchServeTests {
    static let notes = [
        "01-grad.md": "# 梯度下降\n\n沿负梯度方向更新参数。\n",
        "02-backprop.md": "# 反向传播\n\n## 链式法则\n\n反向传播用链式法则计算梯度。\n",
        "03-conv.md": "# 卷积\n\n卷积核在图像上滑动。\n",
    ]

    /// The result links of a search page's DOM, in order.
    static func resultLinks(_ dom: String) -> [String] {
        dom.components(separatedBy: "<li class=\"search-result\"><a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func linkedAndTypedQueriesShowTheirResultsAndASavedNoteIsFound() throws {
        let serve = try ServeProcess(notes: Self.notes)
        defer { serve.cleanUp() }
        try serve.start()
        #expect(serve.waitUntil { serve.page("/search.html") != nil } != nil, "\(serve.log)")
        let base = "http://127.0.0.1:\(serve.port)"

        let linked = try Chromium.dumpDOM("\(base)/search.html?q=%E6%A2%AF%E5%BA%A6")  // 梯度
        #expect(Self.resultLinks(linked) == ["01-grad.html#梯度下降", "02-backprop.html#链式法则"], "\(linked)")
        #expect(linked.contains("data-weave-serve"), "served with the reload script")

        // Typing: a copy of the search page, served beside it, that types into the box after its scripts ran.
        let page = try String(contentsOf: serve.site.appendingPathComponent("search.html"), encoding: .utf8)
        let typing = """
            <script>
            var box = document.getElementById('search-query'), typed = '';
            Array.from('反向传播').forEach(function (c) {
              typed += c; box.value = typed;
              box.dispatchEvent(new InputEvent('input', { bubbles: true, data: c, inputType: 'insertText' }));
            });
            </script>
            </body>
            """
        try page.replacingOccurrences(of: "</body>", with: typing)
            .write(to: serve.site.appendingPathComponent("probe-search.html"), atomically: true, encoding: .utf8)
        let typed = try Chromium.dumpDOM("\(base)/probe-search.html")
        #expect(Self.resultLinks(typed) == ["02-backprop.html#反向传播", "02-backprop.html#链式法则"], "\(typed)")
        #expect(typed.contains("<mark>反向传播</mark>用链式法则计算梯度。"))

        // A saved note: the search page's version moves (the index changed), the other pages' do not.
        let before = (search: try serve.status("search.html").version, grad: try serve.status("01-grad.html").version)
        try serve.write("03-conv.md", "# 卷积\n\n卷积核在图像上滑动，注意力机制另讲。\n")
        #expect(serve.waitUntil { try serve.status("search.html").version > before.search } != nil, "\(serve.log)")
        #expect(try serve.status("01-grad.html").version == before.grad)
        let found = try Chromium.dumpDOM("\(base)/search.html?q=%E6%B3%A8%E6%84%8F%E5%8A%9B")  // 注意力
        #expect(Self.resultLinks(found) == ["03-conv.html#卷积"], "\(found)")
    }
}
