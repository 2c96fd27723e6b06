import Foundation
import Testing
@testable import WeaveCore
@testable import WeaveServe

@Suite struct RebuilderTests {
    func finished(cached: Bool, cells: Int, succeeded: Bool = true) -> PipelineEvent {
        .noteFinished(.init(path: "notes/a.md", succeeded: succeeded, cells: cells, checks: 0, failed: succeeded ? 0 : 1,
                            seconds: 0.1, cached: cached))
    }

    /// Serving prints only news, chosen by the kind of event (not by matching the text of log lines).
    @Test func theLogWhileServingShowsNotesThatRanAndWarningsOnly() {
        #expect(Rebuilder.isNews(finished(cached: false, cells: 2)))
        #expect(Rebuilder.isNews(finished(cached: false, cells: 0, succeeded: false)), "a note that could not run is news")
        #expect(!Rebuilder.isNews(finished(cached: true, cells: 2)))
        #expect(!Rebuilder.isNews(finished(cached: false, cells: 0)))
        #expect(!Rebuilder.isNews(.executed(.init(notes: 3, cells: 2, checks: 1, failed: 0, errors: 0, seconds: 1))))
        // A warning whose text looks like a totals line is still a warning.
        #expect(Rebuilder.isNews(.warning(Diagnostic(.warning, file: "notes/a.md", line: 1, "see 3 notes, 2 cells; cached)"))))
    }
}
