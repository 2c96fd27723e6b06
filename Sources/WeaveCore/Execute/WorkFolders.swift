import Foundation

/// The temporary folders note programs are compiled in, named after the weave process that made them,
/// so that folders left by a weave that was killed are found and removed by the next one.
enum WorkFolders {
    static let prefix = "weave-run-"

    /// A new empty folder `weave-run-<pid>-<uuid>` in the temporary folder; the first call also removes
    /// the folders of weave processes that no longer run.
    static func make(in parent: URL = FileManager.default.temporaryDirectory) throws -> URL {
        _ = staleRemoved
        let folder = parent.appendingPathComponent("\(prefix)\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private static let staleRemoved: Void = { _ = removeStale(in: FileManager.default.temporaryDirectory) }()

    /// Removes `weave-run-<pid>-…` folders in `parent` whose process is gone; returns their names.
    @discardableResult
    static func removeStale(in parent: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0,
                  pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            if (try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))) != nil { removed.append(name) }
        }
        return removed
    }
}
