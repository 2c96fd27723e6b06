import Foundation
import Testing
@testable import WeaveCore

@Suite struct BuildSummaryTests {
    @Test func theSummaryCountsTypesetAndFailedFormulasApartWithPlurals() throws {
        let notes = try TemporaryNotes(["a.md": "# 甲\n\n$\\frac{$ 与 $a$ 与 $b$\n"])
        defer { notes.cleanUp() }
        let lines = LockedLines()
        var runner = CourseRunner(paths: [notes.notes], jobs: 1, useCache: false)
        runner.log = { lines.append($0) }
        runner.liveProgress = false
        _ = try runner.build(output: notes.site.path, strict: false)
        let summary = try #require(lines.all.first { $0.hasPrefix("wrote ") })
        #expect(summary.hasPrefix("wrote 1 page (1 rendered; 3 formulas, 3 typeset, 1 failed; 1 warning) to "), "\(summary)")
    }
}

/// Log lines collected from any thread.
final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}
