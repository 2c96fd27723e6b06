import Foundation
import Testing
@testable import WeaveCore

/// The course in `notes/` is the product's end-to-end test: every cell runs, every check passes,
/// every formula typesets and every link resolves.
@Suite(.serialized) struct CourseTests {
    static let notes = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("notes")

    @Test func theWholeCourseBuildsWithNoFailureAndNoWarning() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("weave-course-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var runner = CourseRunner(paths: [Self.notes.path], jobs: ProcessInfo.processInfo.activeProcessorCount, useCache: false)
        runner.log = { _ in }
        runner.liveProgress = false
        let report = try runner.build(output: output.path, strict: true)
        #expect(report.failures.map(\.description) == [])
        #expect(report.warnings.map(\.description) == [])
        #expect(report.failed == 0)
        #expect(report.checks >= 80, "the course promises at least 80 checks")
        let pages = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 10)
    }
}
