import Foundation

/// The command line's front door to the pipeline (`weave build`, `weave check`): where the notes are,
/// the options, and progress printed as lines (`EventLog`).
public struct CourseRunner {
    public var paths: [String]
    public var jobs: Int
    public var useCache: Bool
    /// Where progress lines go (standard error, so standard output stays the report).
    public var log: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    /// Whether to draw a live status line when standard error is a terminal.
    public var liveProgress = true
    /// A typesetter to reuse across builds; nil makes a fresh one per build.
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

    /// Loads the notes and runs every cell and check (`weave check`). With `strict`, warnings are not
    /// printed here: they are failures, printed with the others.
    public func execute(strict: Bool = false) throws(Diagnostic) -> ExecutedCourse {
        let course = try load()
        return try pipeline(for: course, strict: strict).check(course)
    }

    /// Runs every cell and check without writing a site.
    public func check() throws(Diagnostic) -> CheckReport {
        try execute().report
    }

    /// Builds the site into `output` (`weave build`; see `Pipeline.build`).
    public func build(output: String, strict: Bool) throws(Diagnostic) -> CheckReport {
        let course = try load()
        // Before the cache folder is made: a refused output folder leaves everything as it was.
        try OutputFolder.check(output, notes: course.root, cache: cacheFolder(root: course.root, settings: course.settings))
        return try pipeline(for: course, strict: strict).build(course, output: output)
    }

    /// The notes at `paths`, parsed or (when `useCache`) read from the notes parsed by earlier builds.
    func load() throws(Diagnostic) -> Course {
        try LoadStage(cacheFolder: cacheFolder).run(paths) { _ in }
    }

    /// Where this runner keeps the caches of the notes folder `root` with its `settings`: `cacheRoot`,
    /// else the course's own (`CacheLocation`); nil without `useCache`.
    private func cacheFolder(root: URL, settings: SiteSettings) -> URL? {
        useCache ? cacheRoot ?? CacheLocation.folder(notesRoot: root, settings: settings) : nil
    }

    /// The pipeline for `course` with this runner's options, printing its progress to `log`.
    func pipeline(for course: Course, strict: Bool) throws(Diagnostic) -> Pipeline {
        let printer = EventLog(strict: strict, liveProgress: liveProgress, log: log)
        let cacheFolder = cacheFolder(root: course.root, settings: course.settings)
        if let cacheFolder, cacheRoot == nil { try CacheLocation.prepare(cacheFolder, notesRoot: course.root) }
        // Once Ctrl-C has stopped the programs, their notes' outcomes are not results: nothing more is reported.
        var pipeline = Pipeline(jobs: jobs, cacheFolder: cacheFolder, memoryCap: memoryCap, math: math) { event in
            if !ChildProcesses.shared.isStopping { printer.record(event) }
        }
        pipeline.strict = strict
        return pipeline
    }
}
