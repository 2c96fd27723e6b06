import Foundation
import Synchronization

/// The Render stage: an executed course in, every note's page out.
///
/// A page renders again only when the stage cache (`StageCache`, stage `render`) lacks it: its key
/// covers the note, its cell outcomes, what its links can reach, the settings that change how Markdown
/// reads, and this stage's version (`RenderedPage+Cache`). Formulas a page showed before come from the
/// formula store (`FormulaStore`), so KaTeX starts only for a formula it has not typeset.
public struct RenderStage: Stage {
    public static let version = "\(WeaveVersion.build) render 3"  // 2: pages know where their title ends; 3: check comments in footnotes

    /// The course's cache folder, where pages and their formulas are kept; nil renders every page.
    public var cacheFolder: URL?
    /// A typesetter to reuse across builds (`weave serve` keeps its KaTeX engines warm); nil makes one
    /// when a formula needs it.
    public var math: MathTypesetter?

    public init(cacheFolder: URL?, math: MathTypesetter? = nil) {
        self.cacheFolder = cacheFolder
        self.math = math
    }

    public func run(_ executed: ExecutedCourse, events: @escaping PipelineEvents) throws(Diagnostic) -> RenderedCourse {
        let course = executed.course
        let outcomes = executed.outcomes
        let numbering = NumberingStyle(course.settings)
        var labels: [String: [String: ReferenceTarget]] = [:]
        for (note, outcome) in zip(course.notes, outcomes) {
            labels[note.source.relativePath] = NoteReferences(note, outcome: outcome, style: numbering).labels
        }
        let links = LinkResolver(root: course.root, notes: course.notes, labels: labels)
        // A page's body also depends on the settings that change how Markdown reads and what macros mean.
        let universe = RenderedPage.linkUniverse(course.notes, links: links) + course.settings.renderingFingerprint
        /// The page cache and each page's key in it.
        let cached = cacheFolder.map { folder in
            let cache = StageCache(in: folder, stage: "render", version: Self.version)
            return (cache: cache, keys: zip(course.notes, outcomes).map { RenderedPage.cacheKey($0, outcome: $1, universe: universe, in: cache) })
        }
        /// The pages so far, and how many formulas they typeset.
        struct Rendered {
            var pages: [RenderedPage?]
            var typeset = 0
        }
        let done = Mutex(Rendered(pages: .init(repeating: nil, count: course.notes.count)))
        if let cached {
            DispatchQueue.concurrentPerform(iterations: course.notes.count) { i in
                let note = course.notes[i]
                guard let page = cached.cache.load(cached.keys[i], { RenderedPage(cached: &$0, note: note) }) else { return }
                done.withLock { $0.pages[i] = page }
            }
        }
        let stale = done.withLock { rendered in rendered.pages.indices.filter { rendered.pages[$0] == nil } }
        let formulas = try formulaStore(for: course, cacheFolder: stale.isEmpty ? nil : cacheFolder)
        let renderer = PageRenderer(links: links, dialect: course.settings.dialect, numbering: numbering)
        DispatchQueue.concurrentPerform(iterations: stale.count) { k in
            let i = stale[k]
            let note = course.notes[i]
            let pageFormulas = formulas.page(note.source.relativePath)
            let page = renderer.render(note, outcome: outcomes[i]) { pageFormulas.render($0, display: $1) }
            formulas.keep(pageFormulas)
            if let cached { cached.cache.store(cached.keys[i], capacity: page.cachedSize) { page.write(to: &$0) } }
            done.withLock {
                $0.pages[i] = page
                $0.typeset += pageFormulas.typesetCount
            }
        }
        let typeset = done.withLock { $0.typeset }
        if let error = formulas.loadError { throw Diagnostic(.error, file: "weave", "\(error)") }
        if !stale.isEmpty { formulas.prune(keeping: course.notes.map(\.source.relativePath)) }
        if let cached { cached.cache.prune(keeping: Set(cached.keys)) }
        for note in (cached?.cache.damage.takeNotes() ?? []) + (formulas.cache?.damage.takeNotes() ?? []) { events(.cacheNote(note)) }
        let rendered = done.withLock { $0.pages.map { $0! } }
        var report = executed.report
        for page in rendered {
            for warning in page.warnings { events(.warning(warning)) }
            report.warnings += page.warnings
        }
        report.warnings = Self.unique(report.warnings)
        return RenderedCourse(course: course, pages: rendered, report: report, renderedPages: stale.count, typeset: typeset)
    }

    /// `diagnostics` without repeats, in order (a note's parse warning is also its page's).
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }

    /// The formula store of this build: kept in `cacheFolder` (nil keeps nothing) for the typesetter
    /// this build uses, which is made when a formula needs it.
    private func formulaStore(for course: Course, cacheFolder: URL?) throws(Diagnostic) -> FormulaStore {
        let macros = course.settings.katexMacros
        // A warm typesetter (`weave serve`'s) knows only the default macros.
        let warm = macros.isEmpty ? self.math : nil
        var identity = ""
        if cacheFolder != nil {
            if let warm { identity = warm.identity } else {
                do { identity = try MathTypesetter.identity(macros: macros) } catch { throw Diagnostic(.error, file: "weave", "\(error)") }
            }
        }
        let cache = cacheFolder.map { StageCache(in: $0, stage: "math", version: FormulaStore.version) }
        return FormulaStore(cache: cache, identity: identity, existing: warm) { try MathTypesetter(macros: macros) }
    }
}

/// A course with every page rendered (in the order of `course.notes`), and the report with the pages'
/// warnings.
public struct RenderedCourse: Sendable {
    public var course: Course
    public var pages: [RenderedPage]
    public var report: CheckReport
    /// Pages rendered in this build (the rest came from the page cache).
    public var renderedPages: Int
    /// Formulas KaTeX typeset in this build (the rest were on cached pages or known from the formula store).
    public var typeset: Int
}
