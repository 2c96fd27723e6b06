import Foundation

/// The folder a site is written to, and the rule that keeps weave from replacing what it did not write.
///
/// weave replaces its output folder whole on every build, so it refuses a folder that is the notes
/// folder, contains it (the working folder, a parent), or holds files and was not written by weave.
/// A site weave wrote carries a small marker file, `.weave-site`.
public enum OutputFolder {
    /// The marker file weave writes at the top of every site.
    public static let marker = ".weave-site"
    /// What the marker says, for someone who finds it.
    static let markerText = "This folder was written by weave and is replaced whole on every build.\n"

    /// Throws, naming the folder as given, unless weave may replace `output` with a site built from `notes`.
    /// A `cache` folder inside `output` is refused too: every build would throw it away with the old site.
    public static func check(_ output: String, notes: URL, cache: URL? = nil) throws(Diagnostic) {
        let target = resolved(URL(fileURLWithPath: output)), source = resolved(notes)
        let insideTarget = target == "/" ? "/" : target + "/"
        if target == source {
            throw Diagnostic(.error, file: output, "this is the notes folder; weave replaces its output folder on every build, so it writes the site elsewhere (e.g. `-o build`)")
        }
        if source.hasPrefix(insideTarget) {
            throw Diagnostic(.error, file: output, "this folder contains the notes folder \(notes.path); weave replaces its output folder on every build, so choose a folder of its own (e.g. `-o build`)")
        }
        if let cache, (resolved(cache) + "/").hasPrefix(insideTarget) {
            throw Diagnostic(.error, file: output, "the cache folder \(cache.path) is inside this output folder, which every build replaces, so every cell would run again each time; choose another output folder, or set `cache:` in weave.yml to a folder outside this one")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else {
            let written = URL(fileURLWithPath: output).standardizedFileURL.path
            if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: written) {
                throw Diagnostic(.error, file: output, "this is a symbolic link to \(destination), which does not exist; create that folder or choose another with -o")
            }
            return
        }
        guard isDirectory.boolValue else {
            throw Diagnostic(.error, file: output, "this is a file, not a folder; weave will not replace it with a site")
        }
        guard !isSite(URL(fileURLWithPath: target)) else { return }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        if !contents.isEmpty {
            throw Diagnostic(.error, file: output, "this folder holds files weave did not write (no \(marker) in it); weave replaces its output folder on every build, so it will not touch this one. Choose another folder with -o, or empty this one")
        }
    }

    /// Whether `folder` holds a site weave wrote: the marker, or (sites written before the marker
    /// existed) weave's stylesheet beside an index page.
    public static func isSite(_ folder: URL) -> Bool {
        let fm = FileManager.default
        if fm.fileExists(atPath: folder.appendingPathComponent(marker).path) { return true }
        return fm.fileExists(atPath: folder.appendingPathComponent("assets/weave.css").path)
            && fm.fileExists(atPath: folder.appendingPathComponent("index.html").path)
    }

    /// The absolute path with symlinks resolved, for the parts that exist (`realpath` of the longest
    /// existing prefix, then the rest as written).
    static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path) && existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var path = existing.resolvingSymlinksInPath().path
        for part in rest { path = path == "/" ? "/" + part : path + "/" + part }
        return path
    }
}
