import Foundation

/// The Site stage: rendered pages in, the site's files out (laid out, not yet written): every page in
/// the site's layout, the index, the print page, the search page and its index, and the files pages use.
///
/// Nothing is cached: laying out fifty pages from their rendered bodies takes milliseconds.
public struct SiteStage: Stage {
    public static let version = "\(WeaveVersion.build) site 1"

    public init() {}

    public func run(_ rendered: RenderedCourse, events: @escaping PipelineEvents) throws(Diagnostic) -> SiteOutput {
        let course = rendered.course
        let pages = rendered.pages
        let title = course.settings.title ?? SiteTitle.choose(course)
        let files: [String: Data]
        do {
            files = try SiteBuilder(siteTitle: title, notesRoot: course.root, settings: course.settings)
                .files(for: pages, assets: Set(pages.flatMap(\.assets)))
        } catch {
            throw Diagnostic(.error, file: course.root.path, "could not assemble the site: \(ErrorDescription.words(error)); the previous site is unchanged")
        }
        return SiteOutput(files: files, report: rendered.report, pageCount: pages.count, renderedPages: rendered.renderedPages,
                          typeset: rendered.typeset, formulas: pages.reduce(0) { $0 + $1.mathCount },
                          failedFormulas: pages.reduce(0) { $0 + $1.warnings.filter { $0.message.hasPrefix("TeX error") }.count })
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

/// The site's title: a README-like `index.md` title if present, else the notes folder's name.
enum SiteTitle {
    static func choose(_ course: Course) -> String {
        if let index = course.notes.first(where: { $0.source.relativePath.lowercased() == "index.md" }) { return index.title }
        return course.root.lastPathComponent
    }
}
