import Foundation

/// Where a course keeps its caches (cell results, rendered pages, typeset formulas; each stage's in a
/// folder of its own, `StageCache`): beside the notes folder, in `.weave-cache/<notes folder's name>/` of
/// its parent, whatever the working folder, so that `weave check .` inside the notes folder and `weave
/// check notes/` beside it share one cache and nothing is written into the notes folder. `cache:` in
/// `weave.yml` puts it elsewhere (relative to the notes folder).
///
/// weave marks each cache folder it makes with a `CACHEDIR.TAG` (the convention backup tools know), and
/// `weave clean` removes only folders so marked or named `.weave-cache`.
public enum CacheLocation {
    /// The folder beside the notes folder that holds the caches of the notes folders in its parent.
    public static let folderName = ".weave-cache"
    /// The cache-directory tag's file name and the signature it starts with.
    static let tagName = "CACHEDIR.TAG"
    static let tagText = "Signature: 8a477f597d28d172789f06886806bc55\n# weave's cache of cell results, pages and formulas; `weave clean` removes it, and the next build makes it again.\n"

    /// The cache folder of the notes folder `notesRoot` with its `settings`.
    public static func folder(notesRoot: URL, settings: SiteSettings) -> URL {
        let root = notesRoot.resolvingSymlinksInPath().standardizedFileURL
        if let chosen = settings.cache {
            return (chosen.hasPrefix("/") ? URL(fileURLWithPath: chosen) : root.appendingPathComponent(chosen)).standardizedFileURL
        }
        let name = root.path == "/" ? "root" : root.lastPathComponent
        return root.deletingLastPathComponent().appendingPathComponent(folderName).appendingPathComponent(name)
    }

    /// The cache folder of `course`, made and marked if new.
    public static func prepared(for course: Course) throws(Diagnostic) -> URL {
        let folder = folder(notesRoot: course.root, settings: course.settings)
        try prepare(folder, notesRoot: course.root)
        return folder
    }

    /// Makes `folder` (and a `.weave-cache` above it) if needed, each marked with the tag. A folder that
    /// is the notes folder or holds it, or that holds files and is no cache, is refused (`weave clean`
    /// removes cache folders whole).
    static func prepare(_ folder: URL, notesRoot: URL) throws(Diagnostic) {
        let fm = FileManager.default
        let cache = OutputFolder.resolved(folder), notes = OutputFolder.resolved(notesRoot)
        if notes == cache || notes.hasPrefix(cache == "/" ? "/" : cache + "/") {
            throw Diagnostic(.error, file: folder.path, "the cache folder cannot be the notes folder or hold it (`weave clean` removes the cache whole); set `cache:` in \(SiteSettings.fileName) to a folder of its own, e.g. .cache")
        }
        let parent = folder.deletingLastPathComponent()
        let contents = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
        if !contents.isEmpty && !isCache(folder) && parent.lastPathComponent != folderName {
            throw Diagnostic(.error, file: folder.path, "the cache folder holds files weave did not write (no \(tagName) in it); set `cache:` in \(SiteSettings.fileName) to a folder of its own")
        }
        try? fm.createDirectory(at: folder, withIntermediateDirectories: true)
        for url in [folder] + (parent.lastPathComponent == folderName ? [parent] : [])
        where !fm.fileExists(atPath: url.appendingPathComponent(tagName).path) {
            try? Data(tagText.utf8).write(to: url.appendingPathComponent(tagName))
        }
        removeFormerLayout(contents, in: folder)
    }

    /// Removes what earlier versions of weave kept in the cache folder `folder` (whose entries are
    /// `names`) before every stage kept its results in a `StageCache` folder: cell outcomes as
    /// `<key>.json` files, the pages in `pages.pack`, formulas in `formulas/`, and their temporary files.
    static func removeFormerLayout(_ names: [String], in folder: URL) {
        for name in names where name.hasSuffix(".json") || name.hasPrefix(".tmp-") || name == "pages.pack" || name == "formulas" {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Whether `folder` is a cache weave may remove: marked with the tag, or named `.weave-cache`.
    public static func isCache(_ folder: URL) -> Bool {
        if folder.standardizedFileURL.lastPathComponent == folderName { return true }
        guard let text = try? String(contentsOf: folder.appendingPathComponent(tagName), encoding: .utf8) else { return false }
        return text.hasPrefix("Signature: 8a477f597d28d172789f06886806bc55")
    }

    /// Removes the cache `folder`, and the `.weave-cache` above it when nothing else is left there;
    /// returns the folders removed. A folder weave did not mark is refused.
    public static func remove(_ folder: URL) throws(Diagnostic) -> [URL] {
        let fm = FileManager.default
        guard fm.fileExists(atPath: folder.path) else { return [] }
        guard isCache(folder) else {
            throw Diagnostic(.error, file: folder.path, "this is not a cache weave made (no \(tagName) in it); it is left as it is")
        }
        var removed: [URL] = []
        do {
            try fm.removeItem(at: folder)
            removed.append(folder)
            let parent = folder.deletingLastPathComponent()
            if parent.lastPathComponent == folderName,
               ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? ["?"]).allSatisfy({ $0 == tagName }) {
                try fm.removeItem(at: parent)
                removed.append(parent)
            }
        } catch {
            throw Diagnostic(.error, file: folder.path, "could not remove the cache: \(ErrorDescription.words(error))")
        }
        return removed
    }
}
