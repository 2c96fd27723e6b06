import Foundation

/// The front door of a build or check: load and parse the notes, run their cells, report progress.
public struct CourseRunner {
    public var paths: [String]
    public var jobs: Int
    public var useCache: Bool
    /// Where progress lines go (standard error, so standard output stays the report).
    public var log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    /// Whether to draw a live status line when standard error is a terminal.
    public var liveProgress = true
    /// A typesetter to reuse across builds (a long-running `weave serve` keeps its KaTeX engines warm);
    /// nil makes a fresh one per build.
    public var math: MathTypesetter?

    /// Resident bytes each note's program may use unless its front matter says otherwise (nil: half the machine).
    public var memoryCap: Int?

    /// Where this runner keeps its caches (when `useCache`); nil: the course's own (`CacheLocation`).
    public var cacheRoot: URL?

    public init(paths: [String], jobs: Int, useCache: Bool) {
        self.paths = paths
        self.jobs = jobs
        self.useCache = useCache
    }

    /// Loads, parses and runs everything; the notes, their outcomes, and the report.
    public func execute() throws(Diagnostic) -> (Course, [NoteOutcome], CheckReport) {
        try execute(Course.load(paths))
    }

    /// Runs the cells of an already loaded course; the notes, their outcomes, and the report. With
    /// `strict`, warnings are not logged here: they are failures, printed with the others.
    public func execute(_ course: Course, strict: Bool = false) throws(Diagnostic) -> (Course, [NoteOutcome], CheckReport) {
        let start = Date()
        let toolchain = try Toolchain.locate()
        let cacheFolder = try self.cacheFolder(course)
        let cache = cacheFolder.map { ExecutionCache(directory: $0) }
        let log = self.log
        let display = ProgressDisplay(total: course.notes.count, log: log, terminal: liveProgress ? ProgressDisplay.liveTerminal : nil)
        var executor = NoteExecutor(toolchain: toolchain, cache: cache)
        if let memoryCap { executor.defaultMemoryCap = memoryCap }
        executor.phase = { note, phase in display.phase(note.source.displayPath, phase) }
        let execution = CourseExecution(executor: executor, jobs: jobs)
        let executions = execution.run(course.notes, started: { display.started($0.source.displayPath) }) { note, outcome, seconds, cached in
            var noteReport = CheckReport()
            noteReport.add(note, outcome)
            let status = noteReport.succeeded ? "done" : "FAILED"
            let timing = cached ? "cached" : String(format: "%.1f s", seconds)
            let failed = noteReport.failed > 0 ? ", \(noteReport.failed) failed" : ""
            display.finished(note.source.displayPath,
                             line: "\(note.source.displayPath): \(status) (\(Count.of(noteReport.cells, "cell")), \(Count.of(noteReport.checks, "check"))\(failed); \(timing))")
        }
        display.close()
        for note in cache?.damage.takeNotes() ?? [] { log(note) }
        let outcomes = executions.map(\.outcome)
        var report = CheckReport()
        for error in course.loadErrors { report.add(error) }
        if !strict { for warning in course.skipped { log(warning.description) } }
        for (note, outcome) in zip(course.notes, outcomes) where !strict {
            let warnings = note.diagnostics.filter { $0.severity == .warning } + outcome.warnings
            for warning in warnings.sorted(by: { $0.line < $1.line }) { log(warning.description) }
        }
        report.warnings += course.skipped
        for (note, outcome) in zip(course.notes, outcomes) { report.add(note, outcome) }
        cache?.prune(keeping: Set(executions.map(\.key)))
        let outcome = report.succeeded ? "all passed" : report.failed > 0 ? "\(report.failed) failed" : Count.of(report.failures.count, "error")
        log("\(Count.of(course.notes.count, "note")), \(Count.of(report.cells, "cell")), \(Count.of(report.checks, "check")); \(outcome) in "
            + String(format: "%.1f s", Date().timeIntervalSince(start)))
        return (course, outcomes, report)
    }

    /// Runs every cell and check without writing a site.
    public func check() throws(Diagnostic) -> CheckReport {
        try execute().2
    }

    /// Builds the site into `output`: renders every page, then writes the site atomically.
    ///
    /// The site is written only when every note could be read: a note with broken front matter or
    /// bytes that are not UTF-8 has no page to publish, so the previous site stays as it was (cell
    /// failures do not stop the write: the page shows them at the cell). A strict build writes the site
    /// only when nothing failed and nothing warned.
    public func build(output: String, strict: Bool) throws(Diagnostic) -> CheckReport {
        let course = try Course.load(paths)
        try OutputFolder.check(output, notes: course.root)
        let (_, outcomes, executed) = try execute(course, strict: strict)
        let start = Date()
        let site = try site(course, outcomes: outcomes, report: executed, strict: strict)
        guard course.loadErrors.isEmpty else {
            log("\(Count.of(course.loadErrors.count, "note")) could not be read, so the site was not written; the previous site in \(output) is unchanged")
            return site.report
        }
        if strict && !site.report.succeeded {
            log("\(Count.of(site.report.failures.count, "problem")) in a strict build, so the site was not written; the previous site in \(output) is unchanged")
            return site.report
        }
        do {
            try SiteBuilder.writeAtomically(site.files, to: URL(fileURLWithPath: output))
        } catch {
            throw Diagnostic(.error, file: output, "could not write the site: \(ErrorDescription.words(error)); the previous site is unchanged")
        }
        log("wrote \(Count.of(site.pageCount, "page")) (\(site.renderedPages) rendered; \(Count.of(site.formulas, "formula")), "
            + "\(site.typeset) typeset, \(site.failedFormulas) failed; \(Count.of(site.report.warnings.count, "warning"))) to \(output) in "
            + String(format: "%.2f s", Date().timeIntervalSince(start)))
        return site.report
    }

    /// Renders the pages of an executed course (only those the page cache lacks) and lays out the
    /// site's files, without writing them; `report` gains the pages' warnings.
    public func site(_ course: Course, outcomes: [NoteOutcome], report executed: CheckReport,
                     strict: Bool) throws(Diagnostic) -> SiteOutput {
        var report = executed
        let numbering = NumberingStyle(course.settings)
        var labels: [String: [String: ReferenceTarget]] = [:]
        for (note, outcome) in zip(course.notes, outcomes) {
            labels[note.source.relativePath] = NoteReferences(note, outcome: outcome, style: numbering).labels
        }
        let links = LinkResolver(root: course.root, notes: course.notes, labels: labels)
        let cacheFolder = try self.cacheFolder(course)
        let pageCache = cacheFolder.map { PageCache(file: $0.appendingPathComponent("pages.pack")) }
        // A page's body also depends on the settings that change how Markdown reads and what macros mean.
        let universe = PageCache.linkUniverse(course.notes, links: links) + course.settings.renderingFingerprint
        let keys = zip(course.notes, outcomes).map { PageCache.key($0, outcome: $1, universe: universe) }
        var pages = [RenderedPage?](repeating: nil, count: course.notes.count)
        for i in pages.indices { pages[i] = pageCache?.load(keys[i], note: course.notes[i]) }
        let stale = pages.indices.filter { pages[$0] == nil }
        let macros = course.settings.katexMacros
        // A warm typesetter (`weave serve`'s) knows only the default macros.
        let warm = macros.isEmpty ? self.math : nil
        let math = LazyTypesetter(existing: warm) { try MathTypesetter(macros: macros) }
        var formulaStore: FormulaStore?
        if let cacheFolder, !stale.isEmpty { formulaStore = try self.formulaStore(in: cacheFolder, macros: macros) }
        let renderer = PageRenderer(links: links, dialect: course.settings.dialect, numbering: numbering)
        let lock = NSLock()
        var typeset = 0
        DispatchQueue.concurrentPerform(iterations: stale.count) { k in
            let i = stale[k]
            let note = course.notes[i]
            let formulas = PageFormulas(known: formulaStore?.load(note.source.relativePath) ?? [:], typesetter: math)
            let page = renderer.render(note, outcome: outcomes[i]) { formulas.render($0, display: $1) }
            if formulas.changed { formulaStore?.save(formulas.used, for: note.source.relativePath) }
            pageCache?.store(page, key: keys[i])
            lock.lock()
            pages[i] = page
            typeset += formulas.typesetCount
            lock.unlock()
        }
        if let error = math.loadError { throw Diagnostic(.error, file: "weave", "\(error)") }
        formulaStore?.prune(keeping: Set(course.notes.map(\.source.relativePath)))
        pageCache?.save(keeping: Set(keys))
        for note in (pageCache?.damage.takeNotes() ?? []) + (formulaStore?.damage.takeNotes() ?? []) { log(note) }
        let rendered = pages.map { $0! }
        for page in rendered {
            if !strict { for warning in page.warnings { log(warning.description) } }
            report.warnings += page.warnings
        }
        report.warnings = Self.unique(report.warnings)
        if strict {
            // Each warning once, as an error, printed with the other failures.
            let known = Set(report.failures)
            report.failures += report.warnings.map { var d = $0; d.severity = .error; return d }.filter { !known.contains($0) }
        }
        let title = course.settings.title ?? SiteTitle.choose(course)
        let files: [String: Data]
        do {
            files = try SiteBuilder(siteTitle: title, notesRoot: course.root, settings: course.settings).files(for: rendered, assets: Set(rendered.flatMap(\.assets)))
        } catch {
            throw Diagnostic(.error, file: course.root.path, "could not assemble the site: \(ErrorDescription.words(error)); the previous site is unchanged")
        }
        return SiteOutput(files: files, report: report, pageCount: rendered.count, renderedPages: stale.count, typeset: typeset,
                          formulas: rendered.reduce(0) { $0 + $1.mathCount },
                          failedFormulas: rendered.reduce(0) { $0 + $1.warnings.filter { $0.message.hasPrefix("TeX error") }.count })
    }
}

extension CourseRunner {
    /// `diagnostics` without repeats, in order (a note's parse warning is also its page's).
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }

    /// The folder of `course`'s caches, made and marked if new; nil without caching.
    func cacheFolder(_ course: Course) throws(Diagnostic) -> URL? {
        guard useCache else { return nil }
        if let cacheRoot { return cacheRoot }
        let folder = CacheLocation.folder(notesRoot: course.root, settings: course.settings)
        try CacheLocation.prepare(folder, notesRoot: course.root)
        return folder
    }

    /// Where each page's typeset formulas are kept between builds, for the typesetter this build uses.
    func formulaStore(in cacheFolder: URL, macros: [String: String]) throws(Diagnostic) -> FormulaStore {
        let identity: String
        if let math, macros.isEmpty { identity = math.identity } else {
            do { identity = try MathTypesetter.identity(macros: macros) } catch { throw Diagnostic(.error, file: "weave", "\(error)") }
        }
        return FormulaStore(directory: cacheFolder.appendingPathComponent("formulas"),
                            typesetter: identity)
    }
}

/// A laid-out site before it is written: its files, the build's report, and what was rendered anew.
public struct SiteOutput: Sendable {
    /// Relative path → bytes, as `SiteBuilder.writeAtomically` takes them.
    public var files: [String: Data]
    public var report: CheckReport
    public var pageCount: Int
    /// Pages rendered in this build (the rest came from the page cache).
    public var renderedPages: Int
    /// Formulas KaTeX typeset in this build (the rest were on cached pages or known from the formula store).
    public var typeset: Int
    /// Formulas on all pages.
    public var formulas: Int
    /// Formulas KaTeX could not typeset (each shows its error in the page and is a warning).
    public var failedFormulas: Int
}

/// A count with its noun, singular or plural: "1 page", "2 pages".
enum Count {
    static func of(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

/// The site's title: a README-like `index.md` title if present, else the notes folder's name.
enum SiteTitle {
    static func choose(_ course: Course) -> String {
        if let index = course.notes.first(where: { $0.source.relativePath.lowercased() == "index.md" }) { return index.title }
        return course.root.lastPathComponent
    }
}
