import Foundation

/// weave's pipeline: Load → Execute → Render → Site, then the site is written. `weave check` stops after
/// Execute, `weave build` goes to the end, `weave serve` runs the same stages on a course that keeps its
/// notes' last good versions (`site(for:)`) and publishes the result itself.
///
/// The course comes loaded (`LoadStage`, run by the front doors, `CourseRunner` and `weave serve`): where
/// the caches go and whether the output folder may be written depend on it. The pipeline keeps what Load
/// parsed (`LoadStage.keep`) once those checks passed, then runs the other stages.
public struct Pipeline {
    public var execute: ExecuteStage
    public var render: RenderStage
    public var site = SiteStage()
    /// Warnings become errors, and the site is written only when there are none.
    public var strict = false
    public var events: PipelineEvents

    /// - Parameters:
    ///   - cacheFolder: where the stages keep their caches; nil caches nothing.
    ///   - math: a typesetter kept warm across builds (`weave serve`'s); nil makes one when needed.
    public init(jobs: Int, cacheFolder: URL?, memoryCap: Int? = nil, math: MathTypesetter? = nil,
                events: @escaping PipelineEvents) {
        execute = ExecuteStage(jobs: jobs, cacheFolder: cacheFolder, memoryCap: memoryCap)
        render = RenderStage(cacheFolder: cacheFolder, math: math)
        self.events = events
    }

    /// Runs every cell and check: Execute.
    public func check(_ course: Course) throws(Diagnostic) -> ExecutedCourse {
        LoadStage.keep(course, events: events)
        return try execute.run(course, events: events)
    }

    /// The site of a loaded course, not yet written: Execute, Render, Site.
    public func site(for course: Course) throws(Diagnostic) -> SiteOutput {
        LoadStage.keep(course, events: events)
        return try site(after: execute.run(course, events: events))
    }

    /// Render, Site.
    private func site(after executed: ExecutedCourse) throws(Diagnostic) -> SiteOutput {
        var rendered = try render.run(executed, events: events)
        if strict { rendered.report.makeWarningsErrors() }
        return try site.run(rendered, events: events)
    }

    /// Builds the site of `course` into `output`, replacing the site there in one step.
    ///
    /// The site is written only when every note could be read: a note with broken front matter or bytes
    /// that are not UTF-8 has no page to publish, so the previous site stays as it was (cell failures do
    /// not stop the write: the page shows them at the cell). A strict build writes the site only when
    /// nothing failed and nothing warned.
    public func build(_ course: Course, output: String) throws(Diagnostic) -> CheckReport {
        try OutputFolder.check(output, notes: course.root)
        LoadStage.keep(course, events: events)
        let executed = try execute.run(course, events: events)
        let start = Date()
        let site = try site(after: executed)
        guard course.loadErrors.isEmpty else {
            events(.siteKept(reason: "\(Count.of(course.loadErrors.count, "note")) could not be read, so the site was not written; the previous site in \(output) is unchanged"))
            return site.report
        }
        if strict && !site.report.succeeded {
            events(.siteKept(reason: "\(Count.of(site.report.failures.count, "problem")) in a strict build, so the site was not written; the previous site in \(output) is unchanged"))
            return site.report
        }
        do {
            try SiteBuilder.writeAtomically(site.files, to: URL(fileURLWithPath: output))
        } catch is ChildProcesses.Stopped {
            events(.siteKept(reason: "weave was stopped, so the site was not written; the previous site in \(output) is unchanged"))
            return site.report
        } catch {
            throw Diagnostic(.error, file: output, "could not write the site: \(ErrorDescription.words(error)); the previous site is unchanged")
        }
        events(.siteWritten(.init(pages: site.pageCount, rendered: site.renderedPages, formulas: site.formulas, typeset: site.typeset,
                                  failedFormulas: site.failedFormulas, warnings: site.report.warnings.count, output: output,
                                  seconds: Date().timeIntervalSince(start))))
        return site.report
    }
}
