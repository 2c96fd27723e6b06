import Foundation
import Testing
@testable import WeaveCore

@Suite struct PageCacheTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-pages-\(UUID().uuidString)")
    var file: URL { folder.appendingPathComponent("pages.pack") }
    let note = parse("# 标题\n\n正文 $x$。\n")

    func page(_ body: String) -> RenderedPage {
        RenderedPage(note: note, body: body, headings: [.init(level: 1, text: "标题", id: "标题")],
                     warnings: [Diagnostic(.warning, file: "notes/test.md", line: 3, "TeX error: x")],
                     mathCount: 1, assets: ["img/a.png"])
    }

    @Test func pagesSurviveBetweenBuildsInOneFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = PageCache(file: file)
        #expect(first.load("k1", note: note) == nil)
        first.store(page("<p>一</p>"), key: "k1")
        first.store(page("<p>二</p>"), key: "k2")
        first.save(keeping: ["k1", "k2"])
        let next = PageCache(file: file)
        let loaded = try #require(next.load("k2", note: note))
        #expect(loaded.body == "<p>二</p>" && loaded.headings == page("").headings && loaded.mathCount == 1)
        #expect(loaded.warnings.map(\.description) == page("").warnings.map(\.description) && loaded.assets == ["img/a.png"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pages.pack"])
    }

    @Test func savingDropsPagesNoLongerLiveAndSkipsAnUnchangedFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = PageCache(file: file)
        first.store(page("a"), key: "a")
        first.store(page("b"), key: "b")
        first.save(keeping: ["a", "b"])
        let written = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int

        let unchanged = PageCache(file: file)
        _ = unchanged.load("a", note: note)
        unchanged.save(keeping: ["a", "b"])
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int == written,
                "nothing changed, so the file was not rewritten")

        let fewer = PageCache(file: file)
        fewer.save(keeping: ["a"])
        let after = PageCache(file: file)
        #expect(after.load("a", note: note)?.body == "a" && after.load("b", note: note) == nil)
    }

    @Test func aDamagedFileReadsAsEmptyAndLeftoversGo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = PageCache(file: file)
        cache.store(page("body"), key: "k")
        cache.save(keeping: ["k"])
        let bytes = try Data(contentsOf: file)
        for cut in [3, bytes.count / 2, bytes.count - 1] {
            try bytes.prefix(cut).write(to: file)
            #expect(PageCache(file: file).load("k", note: note) == nil, "cut at \(cut)")
        }
        try Data("half".utf8).write(to: folder.appendingPathComponent(".tmp-99-12-pages.pack"))
        let again = PageCache(file: file)
        again.store(page("body"), key: "k")
        again.save(keeping: ["k"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pages.pack"])
    }
}
