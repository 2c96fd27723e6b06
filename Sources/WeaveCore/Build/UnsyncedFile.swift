import Foundation

/// Writes files without syncing them to disk.
///
/// Foundation's `Data.write(to:)` calls fsync for every file on Linux, which costs milliseconds each; a
/// site of a hundred files or a cache entry does not need to survive a power cut (the next build writes
/// it again), so weave writes with plain POSIX calls instead.
enum UnsyncedFile {
    /// Creates or truncates the file at `url` and writes `data` into it.
    static func write(_ data: Data, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw error(url) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw error(url)
                }
                offset += written
            }
        }
    }

    /// Replaces the file at `url` with `data`, whole or not at all: writes a temporary sibling (named
    /// `.tmp-…`, which the caches' pruning removes if a build is killed mid-write) and renames it over.
    static func replace(_ url: URL, with data: Data) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".tmp-\(getpid())-\(UInt32.random(in: .min ... .max))-\(url.lastPathComponent)")
        do {
            try write(data, to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw error(url) }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// The current `errno` as an error naming the file.
    private static func error(_ url: URL) -> Error {
        CocoaError(.fileWriteUnknown, userInfo: [
            NSFilePathErrorKey: url.path,
            NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO),
            NSLocalizedDescriptionKey: "\(url.path): \(String(cString: strerror(errno)))",
        ])
    }
}
