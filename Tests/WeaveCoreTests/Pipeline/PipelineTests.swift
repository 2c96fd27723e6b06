import Foundation
import Synchronization
import Testing
@testable import WeaveCore

@Suite struct PipelineTests {
    /// Events collected from any thread, by kind.
    final class Events: Sendable {
        private let stored = Mutex<[PipelineEvent]>([])
        func add(_ event: PipelineEvent) { stored.withLock { $0.append(event) } }
        var all: [PipelineEvent] { stored.withLock { $0 } }

        /// Each event's kind, in order (`noteFinished` with its note's file name).
        var kinds: [String] {
            all.map { event in
                switch event {
                case .executionStarted(let n): return "executionStarted \(n)"
                case .noteStarted: return "noteStarted"
                case .notePhase: return "notePhase"
                case .noteFinished(let note): return "noteFinished \((note.path as NSString).lastPathComponent)"
                case .executed: return "executed"
                case .warning: return "warning"
                case .cacheNote: return "cacheNote"
                case .siteKept: return "siteKept"
                case .siteWritten: return "siteWritten"
                }
            }
        }
    }

    let files = ["a.md": "# 甲\n\n$x$ 与 [[nowhere]]\n", "b.md": "# 乙\n\n```swift-nn\ncheck(1 + 1 == 2, \"sum\")\n```\n"]

    @Test func aBuildRunsTheStagesInOrderAndReportsEachAsEvents() throws {
        let notes = try TemporaryNotes(files)
        defer { notes.cleanUp() }
        let events = Events()
        let pipeline = Pipeline(jobs: 1, cacheFolder: nil, events: events.add)
        let report = try pipeline.build(Course.load([notes.notes]), output: notes.site.path)
        #expect(report.succeeded && report.checks == 1 && report.warnings.count == 1)
        let kinds = events.kinds.filter { $0 != "notePhase" && $0 != "noteStarted" }
        #expect(kinds == ["executionStarted 2", "noteFinished a.md", "noteFinished b.md", "executed", "warning", "siteWritten"], "\(kinds)")
        guard case .noteFinished(let b)? = events.all.last(where: { if case .noteFinished = $0 { return true } else { return false } }) else {
            Issue.record("no note finished")
            return
        }
        #expect(b.succeeded && b.cells == 1 && b.checks == 1 && b.failed == 0 && !b.cached)
        guard case .siteWritten(let site)? = events.all.last else { return }
        #expect(site.pages == 2 && site.rendered == 2 && site.formulas == 1 && site.warnings == 1 && site.output == notes.site.path)
        #expect(FileManager.default.fileExists(atPath: notes.site.appendingPathComponent("a.html").path))
    }

    @Test func aCheckStopsAfterExecute() throws {
        let notes = try TemporaryNotes(files)
        defer { notes.cleanUp() }
        let events = Events()
        let executed = try Pipeline(jobs: 2, cacheFolder: nil, events: events.add).check(Course.load([notes.notes]))
        #expect(executed.outcomes.count == 2 && executed.report.checks == 1)
        #expect(events.kinds.last == "executed" && !events.kinds.contains("siteWritten"))
        #expect(!FileManager.default.fileExists(atPath: notes.site.path), "nothing is rendered or written")
    }

    @Test func aStrictBuildWithAWarningKeepsThePreviousSite() throws {
        let notes = try TemporaryNotes(files)
        defer { notes.cleanUp() }
        let events = Events()
        var pipeline = Pipeline(jobs: 1, cacheFolder: nil, events: events.add)
        pipeline.strict = true
        let report = try pipeline.build(Course.load([notes.notes]), output: notes.site.path)
        #expect(!report.succeeded && report.failures.map(\.message).contains { $0.contains("nowhere") })
        guard case .siteKept(let reason)? = events.all.last else {
            Issue.record("the last event is \(String(describing: events.all.last))")
            return
        }
        #expect(reason.hasPrefix("1 problem in a strict build, so the site was not written"))
    }

    @Test func cellsReadFromTheCacheAreReportedAsCached() throws {
        let notes = try TemporaryNotes(files)
        defer { notes.cleanUp() }
        let cache = notes.root.appendingPathComponent("cache")
        for expected in [false, true] {
            let events = Events()
            _ = try Pipeline(jobs: 1, cacheFolder: cache, events: events.add).check(Course.load([notes.notes]))
            let cached = events.all.compactMap { event -> Bool? in
                if case .noteFinished(let note) = event, note.path.hasSuffix("b.md") { return note.cached }
                return nil
            }
            #expect(cached == [expected])
        }
    }
}
