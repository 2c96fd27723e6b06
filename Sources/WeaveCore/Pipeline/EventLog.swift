import Foundation
import Synchronization

/// The command line's view of a pipeline: one line per finished note, warning and summary, and (on a
/// terminal) a live status line while notes run.
public final class EventLog: Sendable {
    private let log: @Sendable (String) -> Void
    private let liveProgress: Bool
    /// With `--strict`, warnings are failures, printed with the others at the end: not here.
    private let strict: Bool
    /// The live display while notes run.
    private let display = Mutex<ProgressDisplay?>(nil)

    public init(strict: Bool, liveProgress: Bool, log: @escaping @Sendable (String) -> Void) {
        self.strict = strict
        self.liveProgress = liveProgress
        self.log = log
    }

    /// Takes one event (from any thread).
    public func record(_ event: PipelineEvent) {
        let display = self.display.withLock { $0 }
        switch event {
        case .executionStarted(let total):
            let made = ProgressDisplay(total: total, log: log, terminal: liveProgress ? ProgressDisplay.liveTerminal : nil)
            self.display.withLock { $0 = made }
        case .noteStarted(let path):
            display?.started(path)
        case .notePhase(let path, let phase):
            display?.phase(path, phase)
        case .noteFinished(let note):
            display?.finished(note.path, line: Self.line(note))
        case .executed(let summary):
            display?.close()
            self.display.withLock { $0 = nil }
            log(Self.line(summary))
        case .warning(let warning):
            if !strict { log(warning.description) }
        case .cacheNote(let note):
            log(note)
        case .siteKept(let reason):
            log(reason)
        case .siteWritten(let site):
            log(Self.line(site))
        }
    }

    /// `notes/01.md: done (2 cells, 3 checks; 0.8 s)`.
    public static func line(_ note: PipelineEvent.NoteFinished) -> String {
        let timing = note.cached ? "cached" : String(format: "%.1f s", note.seconds)
        let failed = note.failed > 0 ? ", \(note.failed) failed" : ""
        return "\(note.path): \(note.succeeded ? "done" : "FAILED") (\(Count.of(note.cells, "cell")), \(Count.of(note.checks, "check"))\(failed); \(timing))"
    }

    /// `11 notes, 40 cells, 60 checks; all passed in 3.2 s`.
    static func line(_ summary: PipelineEvent.ExecutionSummary) -> String {
        let outcome = summary.failed == 0 && summary.errors == 0 ? "all passed"
            : summary.failed > 0 ? "\(summary.failed) failed" : Count.of(summary.errors, "error")
        return "\(Count.of(summary.notes, "note")), \(Count.of(summary.cells, "cell")), \(Count.of(summary.checks, "check")); \(outcome) in "
            + String(format: "%.1f s", summary.seconds)
    }

    /// `wrote 11 pages (2 rendered; 768 formulas, 10 typeset, 0 failed; 0 warnings) to build in 0.30 s`.
    static func line(_ site: PipelineEvent.SiteSummary) -> String {
        "wrote \(Count.of(site.pages, "page")) (\(site.rendered) rendered; \(Count.of(site.formulas, "formula")), "
            + "\(site.typeset) typeset, \(site.failedFormulas) failed; \(Count.of(site.warnings, "warning"))) to \(site.output) in "
            + String(format: "%.2f s", site.seconds)
    }
}
