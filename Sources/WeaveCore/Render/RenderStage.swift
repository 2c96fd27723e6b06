import Foundation
import Synchronization

/// The Render stage: an executed course in, every note's page out.
///
/// A page renders again only when the page cache (`PageCache`) lacks it: its key covers the note, its
/// cell outcomes, what its links can reach, the settings that change how Markdown reads, and this
/// stage's version. Formulas a page showed before come from the formula store (`FormulaStore`), so
/// KaTeX starts only for a formula it has not typeset.
public struct RenderStage: Stage {
    public static let version = "\(WeaveVersion.current) render 3"  // 2: pages know where their title ends; 3: check comments in footnotes

    /// Where the page cache and the formula store live; nil renders every page.
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
        let formulaStore: FormulaStore? = if let cacheFolder, !stale.isEmpty {
            try self.formulaStore(in: cacheFolder, macros: macros)
        } else {
            nil
        }
        let renderer = PageRenderer(links: links, dialect: course.settings.dialect, numbering: numbering)
        /// The pages rendered so far, and how many formulas they typeset.
        struct Rendered {
            var pages: [RenderedPage?]
            var typeset = 0
        }
        let done = Mutex(Rendered(pages: pages))
        DispatchQueue.concurrentPerform(iterations: stale.count) { k in
            let i = stale[k]
            let note = course.notes[i]
            let formulas = PageFormulas(known: formulaStore?.load(note.source.relativePath) ?? [:], typesetter: math)
            let page = renderer.render(note, outcome: outcomes[i]) { formulas.render($0, display: $1) }
            if formulas.changed { formulaStore?.save(formulas.used, for: note.source.relativePath) }
            pageCache?.store(page, key: keys[i])
            done.withLock {
                $0.pages[i] = page
                $0.typeset += formulas.typesetCount
            }
        }
        let typeset = done.withLock { $0.typeset }
        if let error = math.loadError { throw Diagnostic(.error, file: "weave", "\(error)") }
        formulaStore?.prune(keeping: Set(course.notes.map(\.source.relativePath)))
        pageCache?.save(keeping: Set(keys))
        for note in (pageCache?.damage.takeNotes() ?? []) + (formulaStore?.damage.takeNotes() ?? []) { events(.cacheNote(note)) }
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

    /// Where each page's typeset formulas are kept between builds, for the typesetter this build uses.
    private func formulaStore(in cacheFolder: URL, macros: [String: String]) throws(Diagnostic) -> FormulaStore {
        let identity: String
        if let math, macros.isEmpty { identity = math.identity } else {
            do { identity = try MathTypesetter.identity(macros: macros) } catch { throw Diagnostic(.error, file: "weave", "\(error)") }
        }
        return FormulaStore(directory: cacheFolder.appendingPathComponent("formulas"), typesetter: identity)
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
