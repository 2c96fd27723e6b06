import Foundation
import Synchronization

/// The cache files a build found damaged, so that the build log names each once.
///
/// A damaged cache file (cut short, a length past its end, a checksum that does not match) is never an
/// error: what cannot be read is a cache miss and gets rebuilt. This only makes the miss visible.
/// Safe to share between threads.
public final class CacheDamage: Sendable {
    private let files = Mutex<[String]>([])

    public init() {}

    /// Records that `file` had damaged contents.
    func found(_ file: URL) {
        files.withLock { files in
            if !files.contains(file.relativePath) { files.append(file.relativePath) }
        }
    }

    /// One log line per damaged file found since the last call, e.g.
    /// `.weave-cache/notes/render/3f…-9a…: note: damaged cache file; its unreadable entries were ignored and rebuilt`.
    public func takeNotes() -> [String] {
        let taken = files.withLock { files in
            defer { files = [] }
            return files
        }
        return taken.map { Diagnostic(.note, file: $0, Self.message).description }
    }

    static let message = "damaged cache file; its unreadable entries were ignored and rebuilt"
}
