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

    /// Loads and parses the notes at `paths` (folders or files).
    public static func load(_ paths: [String]) throws(Diagnostic) -> Course {
        let (root, discovered, skipped) = try NoteDiscovery.discover(paths)
        let settings = try SiteSettings.load(notesRoot: root)
        let (found, collisions) = PageNames.separateCollisions(discovered.filter { !settings.excludes($0.relativePath) })
        // Each note is read and parsed on a worker; the results are collected in course order.
        let results = Mutex([Result<Note, Diagnostic>?](repeating: nil, count: found.count))
        DispatchQueue.concurrentPerform(iterations: found.count) { i in
            let entry = found[i]
            let result: Result<Note, Diagnostic>
            do {
                let data = try Data(contentsOf: entry.url)
                let source = try NoteLoader.load(data, displayPath: entry.displayPath, relativePath: entry.relativePath)
                result = .success(NoteParser.parse(source, dialect: settings.forNote(source.frontMatter).dialect))
            } catch let d as Diagnostic {
                result = .failure(d)
            } catch {
                result = .failure(Diagnostic(.error, file: entry.displayPath, "cannot read the file: \(ErrorDescription.words(error))"))
            }
            results.withLock { $0[i] = result }
        }
        var notes: [Note] = []
        var errors: [Diagnostic] = []
        for result in results.withLock({ $0 }) {
            switch result! {
            case .success(let note): notes.append(note)
            case .failure(let d): errors.append(d)
            }
        }
        let loaded = notes.sorted(by: Course.courseOrder)
        return Course(root: root, notes: loaded, loadErrors: collisions + errors, skipped: skipped, settings: settings)
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
