import Foundation

/// Finds the notes to build: every `.md` file in the given folders (recursively) and the given files.
public enum NoteDiscovery {
    /// A note file and the folder it is resolved against.
    public struct Found: Sendable, Equatable {
        public var url: URL
        /// The path shown in messages (as given on the command line, joined with the file's path).
        public var displayPath: String
        /// The path relative to the notes root (used for page names and wiki links).
        public var relativePath: String
    }

    /// The notes root (the folder given, or the folder of the first file given) and its notes, sorted by path.
    public static func discover(_ paths: [String]) throws(Diagnostic) -> (root: URL, notes: [Found]) {
        let fm = FileManager.default
        guard !paths.isEmpty else { throw Diagnostic(.error, file: "weave", "no notes folder given; try `weave notes/`") }
        var found: [Found] = []
        var root: URL?
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Diagnostic(.error, file: path, "no such file or folder")
            }
            let url = URL(fileURLWithPath: path).standardizedFileURL
            if isDirectory.boolValue {
                root = root ?? url
                let display = path.hasSuffix("/") ? String(path.dropLast()) : path
                guard let enumerator = fm.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey],
                                                     options: [.skipsHiddenFiles]) else { continue }
                for case let file as URL in enumerator where file.pathExtension.lowercased() == "md" {
                    let relative = String(file.standardizedFileURL.path.dropFirst(url.path.count + 1))
                    found.append(Found(url: file, displayPath: "\(display)/\(relative)", relativePath: relative))
                }
            } else {
                root = root ?? url.deletingLastPathComponent()
                let relative = url.path.hasPrefix(root!.path + "/") ? String(url.path.dropFirst(root!.path.count + 1)) : url.lastPathComponent
                found.append(Found(url: url, displayPath: path, relativePath: relative))
            }
        }
        found.sort { $0.relativePath < $1.relativePath }
        guard !found.isEmpty, let root else {
            throw Diagnostic(.error, file: paths[0], "no Markdown notes (.md files) found here")
        }
        return (root, found)
    }
}
