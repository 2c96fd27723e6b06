import Foundation
import Testing
@testable import WeaveCore

/// Pages as the stage cache keeps them: every part comes back, and the key follows what the page depends on.
@Suite struct RenderedPageCacheTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-pages-\(UUID().uuidString)")
    var cache: StageCache { StageCache(in: root, stage: "render", version: RenderStage.version) }
    let note = parse("# 标题\n\n正文 $x$。\n")

    func page(_ body: String) -> RenderedPage {
        RenderedPage(note: note, body: body, headings: [.init(level: 1, text: "标题", id: "标题", html: "标题")],
                     warnings: [Diagnostic(.warning, file: "notes/test.md", line: 3, "TeX error: x")],
                     mathCount: 1, assets: ["img/a.png"], titleEnd: 12,
                     printEdits: PrintEdits([.init(start: 0, end: 1, text: "<div id=\"test--x\">\(body)</div>")]),
                     searchSections: [searchSection("", "标题", text: "正文 \(body)", tex: "x"), searchSection("二", "二", code: "let x = 1")])
    }

    @Test func everyPartOfAPageComesBack() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let key = RenderedPage.cacheKey(note, outcome: nil, universe: "u", in: cache)
        let stored = page("<p>二</p>")
        cache.store(key, capacity: stored.cachedSize) { stored.write(to: &$0) }
        let loaded = try #require(cache.load(key) { RenderedPage(cached: &$0, note: note) })
        #expect(loaded.body == "<p>二</p>" && loaded.headings == stored.headings && loaded.mathCount == 1 && loaded.titleEnd == 12)
        #expect(loaded.warnings.map(\.description) == stored.warnings.map(\.description) && loaded.assets == ["img/a.png"])
        #expect(loaded.printEdits == stored.printEdits && loaded.searchSections == stored.searchSections)
    }

    @Test func fieldsCutShortDoNotRead() {
        var out = BinaryWriter(magic: Data())
        page("<p>一</p>").write(to: &out)
        for end in 0..<out.data.count {
            var fields = BinaryReader(out.data.prefix(end), magic: Data())!
            #expect(RenderedPage(cached: &fields, note: note) == nil || !fields.atEnd, "cut at \(end)")
        }
    }

    @Test func theKeyFollowsTheNoteItsOutcomeItsLinksAndItsDialect() {
        let cache = cache
        func key(_ text: String, outcome: NoteOutcome? = nil, universe: String = "u") -> StageCache.Key {
            RenderedPage.cacheKey(parse(text), outcome: outcome, universe: universe, in: cache)
        }
        let base = key("# 标题\n\n正文。\n")
        #expect(key("# 标题\n\n正文。\n") == base)
        #expect(key("# 标题\n\n正文！\n") != base)
        #expect(key("# 标题\n\n正文。\n", universe: "v") != base, "another note's new heading can change a link here")
        #expect(key("---\nmarkdown: {line_breaks: true}\n---\n# 标题\n\n正文。\n") != base)
        let outcome = NoteOutcome(cells: [CellOutcome(index: 0, status: .passed, outputs: [.text("1\n")])])
        #expect(key("# 标题\n\n正文。\n", outcome: outcome) != base)
        #expect(base.owner == Hasher64.hex(parse("# 标题\n").source.relativePath))
    }
}
