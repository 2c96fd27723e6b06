import Foundation

/// Finds the notes to build: every `.md` file in the given folders (recursively) and the given files.
///
/// Only files inside a notes folder are notes: a `.md` link that leads outside it is skipped with a
/// warning (the site must not publish what lies elsewhere), as are links to nothing and things that are
/// not files (a FIFO would block the read forever). A folder named `x.md` is skipped quietly: the walk
/// finds its notes like any folder's. README, LICENSE and CHANGELOG files are not course pages.
public enum NoteDiscovery {
    /// A note file and the folder it is resolved against.
    public struct Found: Sendable, Equatable {
        /// Where the file really is (symbolic links resolved).
        public var url: URL
        /// The path shown in messages (as given on the command line, joined with the file's path).
        public var displayPath: String
        /// The path relative to the notes root (used for page names and wiki links).
        public var relativePath: String
    }

    /// The notes root (the folder given, or the folder of the first file given), its notes sorted by
    /// path, and warnings naming the `.md` entries that were skipped.
    public static func discover(_ paths: [String]) throws(Diagnostic) -> (root: URL, notes: [Found], skipped: [Diagnostic]) {
        let fm = FileManager.default
        guard !paths.isEmpty else { throw Diagnostic(.error, file: "weave", "no notes folder given; try `weave notes/`") }
        var found: [Found] = []
        var skipped: [Diagnostic] = []
        var root: URL?
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Diagnostic(.error, file: path, "no such file or folder")
            }
            let url = URL(fileURLWithPath: path).standardizedFileURL
            if isDirectory.boolValue {
                root = root ?? url
                let folder: RealPath
                do { folder = try RealPath(url.path) } catch { throw Diagnostic(.error, file: path, "cannot read the folder: \(ErrorDescription.words(error))") }
                let display = path.hasSuffix("/") ? String(path.dropLast()) : path
                guard let enumerator = fm.enumerator(at: url, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else { continue }
                for case let file as URL in enumerator where file.pathExtension.lowercased() == "md" && !isRepositoryFile(file) {
                    let relative = String(file.standardizedFileURL.path.dropFirst(url.path.count + 1))
                    let shown = "\(display)/\(relative)"
                    switch check(file.path, inside: folder) {
                    case .note(let real): found.append(Found(url: real, displayPath: shown, relativePath: relative))
                    case .skip(let reason?): skipped.append(Diagnostic(.warning, file: shown, "skipped: \(reason)"))
                    case .skip(nil): continue
                    }
                }
            } else {
                root = root ?? url.deletingLastPathComponent()
                let relative = url.path.hasPrefix(root!.path + "/") ? String(url.path.dropFirst(root!.path.count + 1)) : url.lastPathComponent
                // A file named on the command line may lie anywhere: the user chose it.
                switch check(url.path, inside: nil) {
                case .note(let real): found.append(Found(url: real, displayPath: path, relativePath: relative))
                case .skip(let reason): skipped.append(Diagnostic(.warning, file: path, "skipped: \(reason ?? "it is a folder")"))
                }
            }
        }
        // A file reached twice under the same name (a folder named twice, `n` and `./n/`) is one note; a link
        // to a note (another name) stays a page of its own.
        var seen = Set<[String]>()
        found = found.filter { seen.insert([$0.url.path, $0.relativePath]).inserted }
        found.sort { $0.relativePath < $1.relativePath }
        guard !found.isEmpty, let root else {
            throw Diagnostic(.error, file: paths[0], "no Markdown notes (.md files) found here")
        }
        return (root, found, skipped)
    }

    /// The files a repository keeps beside its notes that are not course pages (README, LICENSE,
    /// CHANGELOG, CONTRIBUTING, in any case), left out of a folder's notes. Named on the command line,
    /// they are built like any note.
    static let repositoryFiles: Set<String> = ["readme.md", "license.md", "licence.md", "changelog.md", "contributing.md"]

    static func isRepositoryFile(_ file: URL) -> Bool { repositoryFiles.contains(file.lastPathComponent.lowercased()) }

    /// What to do with one `.md` entry.
    enum Verdict: Equatable {
        /// A note, read from this (resolved) file.
        case note(URL)
        /// Not a note, and why (nil: a folder, nothing to say).
        case skip(String?)
    }

    /// Whether the entry at `path` is a note: a regular file that, symbolic links resolved, lies inside
    /// `folder` (when given).
    static func check(_ path: String, inside folder: RealPath?) -> Verdict {
        let real: RealPath
        do {
            real = try RealPath(path)
        } catch {
            if error.code == .ENOENT, RealPath.isLink(path) { return .skip("it is a symbolic link to a file that does not exist") }
            return .skip("cannot read it: \(ErrorDescription.words(error))")
        }
        if let folder, !real.isInside(folder) {
            return .skip("it is a symbolic link to \(real.path), outside the notes folder; only files inside it are published")
        }
        switch real.kind {
        case .file: return .note(URL(fileURLWithPath: real.path))
        case .folder: return .skip(nil)
        case .other: return .skip("it is not a regular file")
        }
    }
}
