import Foundation
import Testing
@testable import WeaveCore

/// Every stage's cache gives back what the stage would have made: the course's site built from the
/// caches is byte for byte the site built without them.
@Suite(.serialized) struct CachedSiteTests {
    @Test func theCourseBuiltFromItsCachesIsTheCourseBuiltWithout() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-cached-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let notes = root.appendingPathComponent("notes")
        try FileManager.default.copyItem(at: BlockBinaryTests.packageRoot.appendingPathComponent("notes"), to: notes)
        let cache = root.appendingPathComponent("cache")

        /// Builds into `folder` and returns the line that says what was written.
        func build(_ folder: String, cached: Bool) throws -> String {
            let lines = LockedLines()
            var runner = CourseRunner(paths: [notes.path], jobs: 2, useCache: cached)
            runner.cacheRoot = cached ? cache : nil
            runner.log = lines.append
            runner.liveProgress = false
            let report = try runner.build(output: root.appendingPathComponent(folder).path, strict: false)
            #expect(report.succeeded, "\(lines.all)")
            return try #require(lines.all.last { $0.hasPrefix("wrote ") })
        }
        _ = try build("clean", cached: false)
        _ = try build("filled", cached: true)
        let warm = try build("warm", cached: true)
        #expect(warm.contains("(0 rendered;") && warm.contains(" 0 typeset"), "\(warm)")
        // Pages rendered again from parses, outcomes and formulas read from the cache.
        try FileManager.default.removeItem(at: cache.appendingPathComponent("render"))
        let known = try build("known", cached: true)
        #expect(!known.contains("(0 rendered;") && known.contains(" 0 typeset"), "\(known)")

        let clean = try siteFiles(root.appendingPathComponent("clean"))
        #expect(clean.count > 20)
        for folder in ["filled", "warm", "known"] {
            let site = try siteFiles(root.appendingPathComponent(folder))
            #expect(site.keys.sorted() == clean.keys.sorted(), "\(folder)")
            #expect(site.filter { clean[$0.key] != $0.value }.keys.sorted() == [], "\(folder): files that differ")
        }
    }
}
