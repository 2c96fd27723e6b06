import Foundation
import Testing
@testable import WeaveCore

@Suite(.serialized) struct CourseExecutionTests {
    /// A note whose cell prints the wall-clock time it started and ended running, 1 s apart.
    static func timed(_ name: String) -> String {
        "# \(name)\n\n```swift-nn\nprint(Date().timeIntervalSince1970)\nThread.sleep(forTimeInterval: 1)\nprint(Date().timeIntervalSince1970)\n```\n"
    }

    @Test func notesRunAtTheSameTimeUpToJobs() throws {
        let notes = try TemporaryNotes(["a.md": Self.timed("A"), "b.md": Self.timed("B")])
        defer { notes.cleanUp() }
        func intervals(jobs: Int) throws -> [ClosedRange<Double>] {
            var runner = CourseRunner(paths: [notes.notes], jobs: jobs, useCache: false)
            runner.log = { _ in }
            runner.liveProgress = false
            let outcomes = try runner.execute().outcomes
            return try outcomes.map { outcome in
                guard case .text(let printed)? = outcome.cells.first?.outputs.first else { throw CancellationError() }
                let times = printed.split(separator: "\n").compactMap { Double($0) }
                return try #require(times.first)...#require(times.last)
            }
        }
        let together = try intervals(jobs: 2)
        #expect(together[0].overlaps(together[1]), "with 2 jobs both notes run at once: \(together)")
        let apart = try intervals(jobs: 1)
        #expect(!apart[0].overlaps(apart[1]), "with 1 job they run one after the other: \(apart)")
    }

    /// A changed note keeps its earlier outcome (for an undo); a deleted note's outcomes go.
    @Test func cachedOutcomesOfDeletedNotesArePrunedAndChangedNotesKeepTheirEarlierOne() throws {
        let notes = try TemporaryNotes(["a.md": "```swift-nn\nprint(1)\n```\n", "b.md": "```swift-nn\nprint(2)\n```\n"])
        defer { notes.cleanUp() }
        let cache = notes.root.appendingPathComponent("cache")
        func build() throws {
            var runner = CourseRunner(paths: [notes.notes], jobs: 2, useCache: true)
            runner.cacheRoot = cache
            runner.log = { _ in }
            runner.liveProgress = false
            _ = try runner.execute()
        }
        func entries() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("execute").path).sorted()
        }
        try build()
        let before = try entries()
        #expect(before.count == 2)
        try "```swift-nn\nprint(3)\n```\n".write(to: notes.root.appendingPathComponent("notes/a.md"), atomically: true, encoding: .utf8)
        try build()
        let after = try entries()
        #expect(after.count == 3 && Set(after).isSuperset(of: before), "a.md's earlier outcome is kept: \(before) → \(after)")
        try FileManager.default.removeItem(at: notes.root.appendingPathComponent("notes/b.md"))
        try build()
        #expect(try entries().count == 2, "b.md's outcome is gone, a.md's two stay")
    }
}
