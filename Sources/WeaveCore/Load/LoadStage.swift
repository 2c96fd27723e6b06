import Foundation

/// The Load stage: notes folders or files in, the course out (every note read, its front matter checked
/// and its Markdown parsed, in course order; notes that could not be read as errors).
///
/// Parsing is half of a rebuild in which nothing changed, so parsed notes are kept in the stage cache
/// (`ParsedNotes`): a note is parsed again only when its text, paths or dialect changed. The Load stage
/// only reads the cache; what it parsed is written by `keep` once the pipeline has checked its folders
/// (a build that is refused writes nothing).
public struct LoadStage: Stage {
    public static let version = "\(WeaveVersion.build) load 1"

    /// Where parsed notes are looked for, given the notes folder and its settings; nil parses every note.
    public var cacheFolder: (_ root: URL, _ settings: SiteSettings) -> URL?

    public init(cacheFolder: @escaping (_ root: URL, _ settings: SiteSettings) -> URL? = { _, _ in nil }) {
        self.cacheFolder = cacheFolder
    }

    public func run(_ paths: [String], events: @escaping PipelineEvents) throws(Diagnostic) -> Course {
        try Course.load(paths, cacheFolder: cacheFolder)
    }

    /// Keeps the notes `course` parsed anew in its cache, and prunes the cache to its notes' entries.
    static func keep(_ course: Course, events: PipelineEvents) {
        guard let parsed = course.parsed else { return }
        parsed.keep(course.notes)
        for note in parsed.cache.damage.takeNotes() { events(.cacheNote(note)) }
    }
}
