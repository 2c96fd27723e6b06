import Foundation

/// The cache files a build found damaged, so that the build log names each once.
///
/// A damaged cache file (cut short, a length past its end, a checksum that does not match) is never an
/// error: what cannot be read is a cache miss and gets rebuilt. This only makes the miss visible.
/// Safe to share between threads.
public final class CacheDamage: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String] = []

    public init() {}

    /// Records that `file` had damaged contents.
    func found(_ file: URL) {
        lock.lock()
        defer { lock.unlock() }
        if !files.contains(file.relativePath) { files.append(file.relativePath) }
    }

    /// One log line per damaged file found since the last call, e.g.
    /// `.weave-cache/pages.pack: note: damaged cache file; its unreadable entries were ignored and rebuilt`.
    public func takeNotes() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let notes = files.map { Diagnostic(.note, file: $0, Self.message).description }
        files = []
        return notes
    }

    static let message = "damaged cache file; its unreadable entries were ignored and rebuilt"
}
