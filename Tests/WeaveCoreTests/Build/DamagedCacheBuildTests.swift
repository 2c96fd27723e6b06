import Foundation
import Testing
@testable import WeaveCore

/// A build over damaged cache files: it succeeds, its site is byte for byte the site of a clean build,
/// and the log names each damaged file once.
@Suite(.serialized) struct DamagedCacheBuildTests {
    static let course = [
        "01-a.md": "# A\n\n$x^2 + y^2$ and $$\\frac{1}{2}$$\n\n```swift-nn\nprint(\"损失\", 0.25)\ncheck(1 + 1 == 2, \"sum\")\n```\n\n![[pic.png]]\n",
        "02-b.md": "# B\n\n$\\alpha$, $\\beta$. See [[01-a]].\n",
        "pic.png": "not really a png",
    ]

    func build(_ notes: TemporaryNotes, cache: Bool, into site: URL) throws -> (CheckReport, [String]) {
        let log = LockedLines()
        var runner = CourseRunner(paths: [notes.notes], jobs: 2, useCache: cache)
        runner.cacheRoot = notes.root.appendingPathComponent("cache")
        runner.liveProgress = false
        runner.log = log.append
        let report = try runner.build(output: site.path, strict: false)
        return (report, log.all)
    }

    @Test func aDamagedCacheGivesTheSameSiteAndANoteForEachFile() throws {
        let notes = try TemporaryNotes(Self.course)
        defer { notes.cleanUp() }
        let clean = notes.root.appendingPathComponent("clean")
        let (cleanReport, _) = try build(notes, cache: false, into: clean)
        #expect(cleanReport.succeeded)
        let (_, firstLog) = try build(notes, cache: true, into: notes.site)
        #expect(!firstLog.contains { $0.contains("damaged") })

        // A page's record length becomes four billion; a page's formulas lose a byte in their middle; the
        // cell outcome is cut in half.
        let cache = notes.root.appendingPathComponent("cache")
        func entries(_ stage: String) throws -> [URL] {
            try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent(stage).path).sorted()
                .map { cache.appendingPathComponent("\(stage)/\($0)") }
        }
        let page = try #require(try entries("render").first)
        var pageBytes = [UInt8](try Data(contentsOf: page))
        let magic = StageCache.magic.utf8.count
        pageBytes.replaceSubrange(magic..<magic + 4, with: [0xFF, 0xFF, 0xFF, 0xFF])
        try Data(pageBytes).write(to: page)
        let formulas = try #require(try entries("math").first)
        var typeset = [UInt8](try Data(contentsOf: formulas))
        typeset[typeset.count / 2] ^= 0xFF
        try Data(typeset).write(to: formulas)
        let outcomes = try entries("execute")
        #expect(outcomes.count == 1)
        let outcome = try #require(outcomes.first)
        let json = try Data(contentsOf: outcome)
        try json.prefix(json.count / 2).write(to: outcome)

        let (report, log) = try build(notes, cache: true, into: notes.site)
        #expect(report.succeeded)
        #expect(try siteFiles(notes.site) == siteFiles(clean))
        let damageNotes = log.filter { $0.contains("damaged cache file") }.sorted()
        #expect(damageNotes == [formulas, outcome, page].map { "\($0.path): note: \(CacheDamage.message)" }.sorted())

        let (_, mendedLog) = try build(notes, cache: true, into: notes.site)
        #expect(!mendedLog.contains { $0.contains("damaged") }, "the damaged files were written anew")
        #expect(try siteFiles(notes.site) == siteFiles(clean))
    }
}
