import Foundation

/// The Execute stage: a course in; every note's cells run (or their outcomes read from the cell cache,
/// `StoredOutcome` in the stage cache, keyed by the note's cells and this stage's version), up to `jobs` notes
/// at a time; the outcomes and the report out.
public struct ExecuteStage: Stage {
    public static let version = "\(WeaveVersion.build) execute 1"

    public var jobs: Int
    /// Where the cell cache lives; nil runs every cell.
    public var cacheFolder: URL?
    /// Resident bytes each note's program may use unless its front matter says otherwise (nil: half the machine).
    public var memoryCap: Int?

    public init(jobs: Int, cacheFolder: URL?, memoryCap: Int? = nil) {
        self.jobs = jobs
        self.cacheFolder = cacheFolder
        self.memoryCap = memoryCap
    }

    public func run(_ course: Course, events: @escaping PipelineEvents) throws(Diagnostic) -> ExecutedCourse {
        let start = Date()
        let toolchain = try Toolchain.locate()
        let cache = cacheFolder.map { StageCache(in: $0, stage: "execute", version: Self.version) }
        var executor = NoteExecutor(toolchain: toolchain, cache: cache)
        if let memoryCap { executor.defaultMemoryCap = memoryCap }
        executor.phase = { note, phase in events(.notePhase(path: note.source.displayPath, phase: phase)) }
        events(.executionStarted(notes: course.notes.count))
        let execution = CourseExecution(executor: executor, jobs: jobs)
        let executions = execution.run(course.notes, started: { events(.noteStarted(path: $0.source.displayPath)) }) { note, outcome, seconds, cached in
            var noteReport = CheckReport()
            noteReport.add(note, outcome)
            events(.noteFinished(.init(path: note.source.displayPath, succeeded: noteReport.succeeded, cells: noteReport.cells,
                                       checks: noteReport.checks, failed: noteReport.failed, seconds: seconds, cached: cached)))
        }
        let outcomes = executions.map(\.outcome)
        var report = CheckReport()
        for error in course.loadErrors { report.add(error) }
        report.warnings += course.skipped
        for (note, outcome) in zip(course.notes, outcomes) { report.add(note, outcome) }
        cache?.prune(keeping: Set(executions.compactMap(\.key)))
        for note in cache?.damage.takeNotes() ?? [] { events(.cacheNote(note)) }
        for warning in course.skipped { events(.warning(warning)) }
        for (note, outcome) in zip(course.notes, outcomes) {
            let warnings = note.diagnostics.filter { $0.severity == .warning } + outcome.warnings
            for warning in warnings.sorted(by: { $0.line < $1.line }) { events(.warning(warning)) }
        }
        events(.executed(.init(notes: course.notes.count, cells: report.cells, checks: report.checks, failed: report.failed,
                               errors: report.failures.count, seconds: Date().timeIntervalSince(start))))
        return ExecutedCourse(course: course, outcomes: outcomes, report: report)
    }
}

/// A course whose cells have run: each note's outcome (in the order of `course.notes`) and the report.
public struct ExecutedCourse: Sendable {
    public var course: Course
    public var outcomes: [NoteOutcome]
    public var report: CheckReport
}
