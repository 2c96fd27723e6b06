import Foundation

/// Where a path really leads, with every symbolic link resolved, and what is there.
///
/// Foundation's `resolvingSymlinksInPath` returns a dangling link unchanged; `realpath(3)` does not,
/// so weave decides with this what lies inside the notes folder.
struct RealPath {
    /// What a resolved path names.
    enum Kind { case file, folder, other }

    /// The absolute path with no symbolic links, `.` or `..` in it.
    let path: String
    let kind: Kind

    /// Resolves `path`; throws the system's error number (e.g. `ENOENT` for a link to a missing file).
    init(_ path: String) throws(POSIXError) {
        guard let resolved = realpath(path, nil) else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { free(resolved) }
        self.path = String(cString: resolved)
        var info = stat()
        guard stat(self.path, &info) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .folder
        default: kind = .other
        }
    }

    /// Whether this path is `folder` or lies inside it (`folder` resolved too).
    func isInside(_ folder: RealPath) -> Bool {
        path == folder.path || path.hasPrefix(folder.path == "/" ? "/" : folder.path + "/")
    }

    /// This path relative to `folder`, which contains it.
    func relative(to folder: RealPath) -> String {
        path == folder.path ? "" : String(path.dropFirst(folder.path == "/" ? 1 : folder.path.count + 1))
    }

    /// Whether `path` itself (not what it leads to) is a symbolic link.
    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }
}
