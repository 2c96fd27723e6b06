import Foundation
import Synchronization

/// All notes of a build, loaded and parsed, in course order.
public struct Course: Sendable {
    public var root: URL
    public var notes: [Note]
    /// Notes that could not be loaded (unreadable, invalid UTF-8, broken front matter), as errors.
    public var loadErrors: [Diagnostic]
    /// `.md` entries that are not notes (links outside the notes folder or to nothing), as warnings.
    public var skipped: [Diagnostic] = []
    /// The notes folder's `weave.yml`.
    public var settings = SiteSettings()
    /// Where notes parsed by earlier builds were looked for, and what this load parsed anew (kept by
    /// `LoadStage.keep`); nil when the load used no cache.
    var parsed: ParsedNotes?

    /// Loads and parses the notes at `paths` (folders or files).
    /// - Parameter cacheFolder: the course's cache folder for its notes folder and settings, where notes
    ///   parsed by earlier builds are read from (nothing is written here); nil parses every note.
    public static func load(_ paths: [String], cacheFolder: (_ root: URL, _ settings: SiteSettings) -> URL? = { _, _ in nil })
        throws(Diagnostic) -> Course {
        let (root, discovered, skipped) = try NoteDiscovery.discover(paths)
        let settings = try SiteSettings.load(notesRoot: root)
        let (found, collisions) = PageNames.separateCollisions(discovered.filter { !settings.excludes($0.relativePath) })
        let cache = cacheFolder(root, settings).map(ParsedNotes.init(in:))
        /// A note, its key in the cache, and whether it was parsed now.
        typealias Loaded = (note: Note, key: StageCache.Key?, parsedNow: Bool)
        // Each note is read and parsed on a worker; the results are collected in course order.
        let results = Mutex([Result<Loaded, Diagnostic>?](repeating: nil, count: found.count))
        DispatchQueue.concurrentPerform(iterations: found.count) { i in
            let entry = found[i]
            let result: Result<Loaded, Diagnostic>
            do {
                let data = try Data(contentsOf: entry.url)
                let source = try NoteLoader.load(data, displayPath: entry.displayPath, relativePath: entry.relativePath)
                let dialect = settings.forNote(source.frontMatter).dialect
                let key = cache?.key(source, dialect: dialect)
                if let cache, let key, let note = cache.load(source, key: key) {
                    result = .success((note, key, false))
                } else {
                    result = .success((NoteParser.parse(source, dialect: dialect), key, true))
                }
            } catch let d as Diagnostic {
                result = .failure(d)
            } catch {
                result = .failure(Diagnostic(.error, file: entry.displayPath, "cannot read the file: \(ErrorDescription.words(error))"))
            }
            results.withLock { $0[i] = result }
        }
        var course = Course(root: root, notes: [], loadErrors: collisions, skipped: skipped, settings: settings)
        course.parsed = cache
        for result in results.withLock({ $0 }) {
            switch result! {
            case .success(let loaded):
                let path = loaded.note.source.relativePath
                course.notes.append(loaded.note)
                course.parsed?.keys[path] = loaded.key
                if loaded.parsedNow { course.parsed?.parsedNow.insert(path) }
            case .failure(let d): course.loadErrors.append(d)
            }
        }
        course.notes.sort(by: Course.courseOrder)
        return course
    }

    /// Notes with an `order` come first by it; the rest follow by path.
    public static func courseOrder(_ a: Note, _ b: Note) -> Bool {
        switch (a.source.frontMatter.order, b.source.frontMatter.order) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.source.relativePath < b.source.relativePath
        }
    }
}
