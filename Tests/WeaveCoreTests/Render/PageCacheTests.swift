import Foundation
import Testing
@testable import WeaveCore

@Suite struct PageCacheTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-pages-\(UUID().uuidString)")
    var file: URL { folder.appendingPathComponent("pages.pack") }
    let note = parse("# 标题\n\n正文 $x$。\n")

    func page(_ body: String) -> RenderedPage {
        RenderedPage(note: note, body: body, headings: [.init(level: 1, text: "标题", id: "标题", html: "标题")],
                     warnings: [Diagnostic(.warning, file: "notes/test.md", line: 3, "TeX error: x")],
                     mathCount: 1, assets: ["img/a.png"], printEdits: PrintEdits([.init(start: 0, end: 1, text: "<div id=\"test--x\">\(body)</div>")]),
                     searchSections: [searchSection("", "标题", text: "正文 \(body)", tex: "x"), searchSection("二", "二", code: "let x = 1")])
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
        #expect(loaded.printEdits == page("<p>二</p>").printEdits && loaded.searchSections == page("<p>二</p>").searchSections)
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

    @Test func leftoversOfAKilledWriteGo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: folder.appendingPathComponent(".tmp-99-12-pages.pack"))
        let cache = PageCache(file: file)
        cache.store(page("body"), key: "k")
        cache.save(keeping: ["k"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pages.pack"])
    }

    /// Each byte flipped, each cut, 0xFFFFFFFF at each offset: never a trap, never a page that was not
    /// stored, always a miss for at least one page, always noted as damage.
    @Test func everyDamagedCopyOfTheFileIsAMissNeverACrashOrWrongContent() throws {
        let stored: PageCache.Stored = [
            "k1": .init(entry: Data("{\"a\":1}".utf8), body: "<p>一</p>", printEdits: PrintEdits([.init(start: 3, end: 3, text: " id=\"a--b\""), .init(start: 6, end: 9, text: "壹")]),
                        searchSections: [searchSection("", "一", text: "一", tex: "x^2", code: "f(x)")]),
            "k2": .init(entry: Data("{}".utf8), body: "<p>二</p>", printEdits: PrintEdits(), searchSections: []),
        ]
        let bytes = PageCache.encode(stored)
        let clean = PageCache.decode(bytes)
        #expect(!clean.damaged && clean.pages.count == 2)
        for (what, damaged) in DamagedBytes.variants(of: bytes) {
            let read = PageCache.decode(damaged)
            #expect(read.damaged, "\(what)")
            #expect(read.pages.count < 2, "\(what)")
            for (key, page) in read.pages {
                #expect(stored[key] == page, "\(what)")
            }
        }
    }

    @Test func aDamagedPageIsAMissOthersStayAndTheNextSaveMendsTheFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = PageCache(file: file)
        cache.store(page("first"), key: "a")
        cache.store(page("second"), key: "b")
        cache.save(keeping: ["a", "b"])
        var bytes = [UInt8](try Data(contentsOf: file))
        let body = try #require(bytes.indices.last { bytes[$0...].starts(with: Array("second".utf8)) })
        bytes[body] ^= 0x20  // "second" → "Second" in page b's record
        try Data(bytes).write(to: file)

        let damaged = PageCache(file: file)
        #expect(damaged.load("b", note: note) == nil)
        #expect(damaged.load("a", note: note)?.body == "first")
        #expect(damaged.damage.takeNotes() == ["\(file.path): note: damaged cache file; its unreadable entries were ignored and rebuilt"])
        damaged.save(keeping: ["a", "b"])

        let mended = PageCache(file: file)
        #expect(mended.load("a", note: note)?.body == "first")
        #expect(mended.damage.takeNotes().isEmpty)
    }

    @Test func aFileOfAnEarlierVersionIsAQuietMiss() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try (Data("weave-pages 1\n".utf8) + Data([0xFF, 0xFF, 0xFF, 0xFF])).write(to: file)
        let cache = PageCache(file: file)
        #expect(cache.load("k", note: note) == nil)
        #expect(cache.damage.takeNotes().isEmpty)
    }
}
