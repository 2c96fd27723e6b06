import Foundation
import Synchronization
import WeaveCore

/// The site being served: its folder on disk, the build number, each page's version, and the errors
/// of the latest build.
///
/// One lock orders writers (a finished build updating the folder) and readers (a request reading a
/// file together with its version), so a page and its version always belong to the same build.
/// Requests that wait for the next build wait in `waiters`; each finished build resumes them.
final class LiveSite: Sendable {
    /// What the reload script asks for.
    struct Status: Codable, Equatable {
        /// Builds finished so far (a failed one counts).
        var build: Int
        /// The build in which the page last changed; 0 when there is no such page.
        var version: Int
        /// The latest build's errors, each `file:line: error: …`.
        var errors: [String]
    }

    let root: URL
    let waiters: BuildWaiters

    private struct State {
        var build = 0
        var versions: [String: Int] = [:]
        var errors: [String] = []
        /// The files last written, to write only what changes; nil until the first full write.
        var written: [String: Data]?
        var closed = false

        func status(of key: String) -> Status {
            Status(build: build, version: versions[key] ?? 0, errors: errors)
        }
    }

    private let state = Mutex(State())

    init(root: URL, maxWaiters: Int = 2_000) {
        self.root = root.standardizedFileURL
        waiters = BuildWaiters(limit: maxWaiters)
    }

    /// Writes a built site and bumps the version of every file whose bytes changed.
    /// The first write replaces the folder atomically; later ones write only changed files (each
    /// replaced atomically by a rename) and delete files that are gone. Returns the changed keys.
    @discardableResult
    func publish(_ files: [String: Data], errors: [String]) throws -> [String] {
        let (changed, number) = try store(files, errors: errors)
        if let number { waiters.finished(build: number) }
        return changed
    }

    /// `publish` under the lock; the changed keys and the new build's number (nil when closed).
    private func store(_ files: [String: Data], errors: [String]) throws -> ([String], Int?) {
        try state.withLock { state in
            guard !state.closed else { return ([], nil) }
            let previous = state.written ?? [:]
            let changed = files.keys.filter { previous[$0] != files[$0] }.sorted()
            let removed = previous.keys.filter { files[$0] == nil }
            do {
                if state.written == nil || !FileManager.default.fileExists(atPath: root.path) {
                    try SiteBuilder.writeAtomically(files, to: root)
                } else {
                    for key in changed { try Self.replace(root.appendingPathComponent(key), with: files[key]!) }
                    for key in removed { try? FileManager.default.removeItem(at: root.appendingPathComponent(key)) }
                }
            } catch {
                state.written = nil // the folder is in an unknown state: the next build writes all of it again
                throw error
            }
            state.written = files
            state.build += 1
            // A changed image or stylesheet may show on any page: then every page reloads. The search index
            // (new after nearly every edit) is read by the search page alone: that page reloads.
            let shown = changed.map { $0 == SearchIndex.path ? SearchPage.path : $0 }
            let pagesOnly = shown.allSatisfy { ContentType.of($0).hasPrefix("text/html") }
            for key in pagesOnly ? shown : Array(files.keys) { state.versions[key] = state.build }
            for key in removed { state.versions[key] = nil }
            state.errors = errors
            return (changed, state.build)
        }
    }

    /// Records a build that produced no site: the files stay as they were, the errors are shown.
    func fail(errors: [String]) {
        let number = state.withLock { state in
            state.build += 1
            state.errors = errors
            return state.build
        }
        waiters.finished(build: number)
    }

    /// The bytes of a site file and its status (version, errors), read together; nil when no file is there.
    func read(_ key: String) -> (data: Data, status: Status)? {
        state.withLock { state in
            guard let file = SitePath.file(key, in: root), let data = try? Data(contentsOf: file) else { return nil }
            return (data, state.status(of: key))
        }
    }

    func status(of key: String) -> Status {
        state.withLock { $0.status(of: key) }
    }

    var buildCount: Int {
        state.withLock { $0.build }
    }

    /// Waits for a write in progress to end, then refuses all later ones; waiting requests are answered.
    func shutDown() {
        state.withLock { $0.closed = true }
        waiters.close()
    }

    /// Writes `data` beside `url` and renames it into place, so a reader never sees half a file.
    /// (No fsync: this is a preview, and the folder is rewritten on the next build anyway.)
    private static func replace(_ url: URL, with data: Data) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).weave-tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path]) }
        let ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        close(fd)
        guard ok, rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }
}
