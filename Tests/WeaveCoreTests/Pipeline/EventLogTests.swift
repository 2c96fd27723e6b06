import Foundation
import Testing
@testable import WeaveCore

@Suite struct EventLogTests {
    @Test func eventsPrintAsTheLinesACommandShows() {
        let lines = LockedLines()
        let log = EventLog(strict: false, liveProgress: false, log: lines.append)
        log.record(.executionStarted(notes: 2))
        log.record(.noteStarted(path: "notes/a.md"))
        log.record(.noteFinished(.init(path: "notes/a.md", succeeded: true, cells: 1, checks: 2, failed: 0, seconds: 0.84, cached: false)))
        log.record(.noteFinished(.init(path: "notes/b.md", succeeded: false, cells: 2, checks: 1, failed: 1, seconds: 0, cached: true)))
        log.record(.warning(Diagnostic(.warning, file: "notes/a.md", line: 3, "broken link")))
        log.record(.executed(.init(notes: 2, cells: 3, checks: 3, failed: 1, errors: 1, seconds: 1.26)))
        log.record(.siteWritten(.init(pages: 1, rendered: 1, formulas: 3, typeset: 2, failedFormulas: 1, warnings: 1, output: "build", seconds: 0.5)))
        #expect(lines.all == [
            "notes/a.md: done (1 cell, 2 checks; 0.8 s)",
            "notes/b.md: FAILED (2 cells, 1 check, 1 failed; cached)",
            "notes/a.md:3: warning: broken link",
            "2 notes, 3 cells, 3 checks; 1 failed in 1.3 s",
            "wrote 1 page (1 rendered; 3 formulas, 2 typeset, 1 failed; 1 warning) to build in 0.50 s",
        ])
    }

    @Test func aStrictBuildPrintsNoWarningsAsTheyComeAndErrorsAreCounted() {
        let lines = LockedLines()
        let log = EventLog(strict: true, liveProgress: false, log: lines.append)
        log.record(.warning(Diagnostic(.warning, file: "notes/a.md", line: 3, "broken link")))
        log.record(.executed(.init(notes: 1, cells: 0, checks: 0, failed: 0, errors: 2, seconds: 0)))
        log.record(.executed(.init(notes: 1, cells: 0, checks: 0, failed: 0, errors: 0, seconds: 0)))
        #expect(lines.all == ["1 note, 0 cells, 0 checks; 2 errors in 0.0 s", "1 note, 0 cells, 0 checks; all passed in 0.0 s"])
    }
}
