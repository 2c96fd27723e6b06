import Foundation
import Synchronization
import WeaveCore

/// Rebuilds the site, one build at a time: a request during a build schedules exactly one more.
///
/// Each build loads every note, but cells run only when their code changed (the cell cache) and pages
/// render only when their note or its outcomes changed (the page cache); the KaTeX engines stay warm
/// between builds. A note that fails to load (broken front matter, invalid UTF-8) keeps its last good
/// version in the site while its error is shown.
final class Rebuilder: Sendable {
    /// What one build did, for the log.
    struct Summary: Sendable {
        var build: Int
        var seconds: Double
        var changed: [String]
        var errors: [String]
        var wrote: Bool
    }

    let notes: String
    let site: LiveSite
    let jobs: Int
    let memoryCap: Int?
    let log: @Sendable (String) -> Void
    private let math: MathTypesetter?
    private let queue = DispatchQueue(label: "weave.serve.build")

    private struct State {
        /// Whether a build is under way, and whether another was asked for meanwhile.
        var running = false
        var pending = false
        /// The last version of each note that loaded, by display path.
        var lastGood: [String: Note] = [:]
    }

    private let state = Mutex(State())

    init(notes: String, site: LiveSite, jobs: Int, memoryCap: Int? = nil, log: @escaping @Sendable (String) -> Void) {
        self.notes = notes
        self.site = site
        self.jobs = jobs
        self.memoryCap = memoryCap
        self.log = log
        math = try? MathTypesetter()
    }

    /// Asks for a build: starts one now, or one more after the build under way.
    func request() {
        state.withLock { state in
            if state.running { state.pending = true; return }
            state.running = true
            queue.async { self.loop() }
        }
    }

    /// Builds now and returns when done (the first build).
    func buildNow() {
        queue.sync { build() }
    }

    private func loop() {
        while true {
            build()
            let again = state.withLock { state in
                if state.pending {
                    state.pending = false
                    return true
                }
                state.running = false
                return false
            }
            if !again { return }
        }
    }

    private func build() {
        let start = Date()
        var summary = Summary(build: 0, seconds: 0, changed: [], errors: [], wrote: false)
        do {
            var course = try Course.load([notes]) { CacheLocation.folder(notesRoot: $0, settings: $1) }
            let failed = Set(course.loadErrors.map(\.file))
            // Builds run one at a time on `queue`, so nothing changes `lastGood` between these two steps.
            course.notes += state.withLock { $0.lastGood.values.filter { failed.contains($0.source.displayPath) } }
            course.notes.sort(by: Course.courseOrder)
            let lastGood = Dictionary(course.notes.map { ($0.source.displayPath, $0) }, uniquingKeysWith: { a, _ in a })
            state.withLock { $0.lastGood = lastGood }
            let printer = EventLog(strict: false, liveProgress: false, log: log)
            let pipeline = Pipeline(jobs: jobs, cacheFolder: try CacheLocation.prepared(for: course), memoryCap: memoryCap,
                                    math: math) { event in
                if Self.isNews(event) { printer.record(event) }
            }
            let output = try pipeline.site(for: course)
            summary.errors = output.report.failures.map(\.description)
            do {
                summary.changed = try site.publish(output.files, errors: summary.errors)
                summary.wrote = true
            } catch {
                summary.errors.append(Diagnostic(.error, file: site.root.path, "could not write the site: \(ErrorDescription.words(error))").description)
                site.fail(errors: summary.errors)
            }
        } catch {
            summary.errors = ["\(error)"]
            site.fail(errors: summary.errors)
        }
        summary.build = site.buildCount
        summary.seconds = Date().timeIntervalSince(start)
        report(summary)
    }

    /// Whether the log shows `event` while serving: notes whose cells ran, and warnings; not notes read
    /// from the cell cache, notes without cells, or the totals (each build ends with a line of its own).
    static func isNews(_ event: PipelineEvent) -> Bool {
        switch event {
        case .noteFinished(let note): return !note.cached && !(note.succeeded && note.cells == 0)
        case .executed: return false
        default: return true
        }
    }

    private func report(_ summary: Summary) {
        let pages = summary.changed.filter { $0.hasSuffix(".html") }
        var line = String(format: "build %d: %.2f s", summary.build, summary.seconds)
        if summary.wrote {
            line += pages.isEmpty ? ", no page changed" : ", \(pages.count) page\(pages.count == 1 ? "" : "s") changed"
            if !pages.isEmpty && pages.count <= 5 { line += " (\(pages.joined(separator: ", ")))" }
        } else {
            line += ", the site was kept as it was"
        }
        if !summary.errors.isEmpty { line += ", \(summary.errors.count) error\(summary.errors.count == 1 ? "" : "s"):" }
        log(line)
        for error in summary.errors { log("  " + error) }
    }
}
