import CSystem
import Foundation

/// Puts a newly written site folder in place of the old one without a moment when neither is there.
enum SiteSwap {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Moves `staging` to `output`. When `output` exists the two are exchanged atomically and `staging`
    /// then holds the old site; where the file system cannot exchange, the old site is moved aside first
    /// (the one step that leaves a short window) and removed after.
    static func swap(_ staging: URL, into output: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else {
            try fm.moveItem(at: staging, to: output)
            return
        }
        if weave_exchange(staging.path, output.path) == 0 { return }
        guard errno == EINVAL || errno == ENOSYS else {
            throw Failure(description: "could not swap the new site into \(output.path): \(String(cString: strerror(errno)))")
        }
        let retired = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try fm.moveItem(at: output, to: retired)
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            try? fm.moveItem(at: retired, to: output)
            throw error
        }
        // Leave the old site where the caller removes `staging`.
        try? fm.moveItem(at: retired, to: staging)
    }
}
