import Foundation

/// Watches a notes folder by polling: every `interval` it lists the files (path, size, modification
/// time) and, once a change has been followed by `quiet` seconds without another, calls `onChange`.
///
/// Polling needs no platform API and sees saves, deletions and renames alike; editors that save in
/// several steps (write a temporary file, rename it) make one call, not several.
// Unchecked: `timer`, `last` and `changedAt` are touched only on `queue` (`start` and `stop` run on it
// with `queue.sync`, and the timer fires on it), which orders every access.
final class NotesWatcher: @unchecked Sendable {
    struct Stamp: Equatable {
        var size: Int
        var modified: Double
    }

    let folder: URL
    /// A folder inside `folder` to ignore (the site, when it is written into the notes folder).
    let ignored: URL?
    let interval: Double
    let quiet: Double
    private let onChange: @Sendable () -> Void
    private let queue = DispatchQueue(label: "weave.serve.watcher")
    private var timer: DispatchSourceTimer?
    private var last: [String: Stamp] = [:]
    private var changedAt: Date?

    init(folder: URL, ignoring ignored: URL?, interval: Double, quiet: Double, onChange: @escaping @Sendable () -> Void) {
        self.folder = folder.standardizedFileURL
        self.ignored = ignored?.standardizedFileURL
        self.interval = interval
        self.quiet = quiet
        self.onChange = onChange
    }

    /// Takes the current state as the baseline and starts polling.
    func start() {
        queue.sync {
            last = scan()
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(5))
            timer.setEventHandler { [weak self] in self?.poll() }
            timer.resume()
            self.timer = timer
        }
    }

    /// Stops polling; no `onChange` call starts after this returns.
    func stop() {
        queue.sync {
            timer?.cancel()
            timer = nil
        }
    }

    private func poll() {
        guard timer != nil else { return }
        let now = scan()
        if now != last {
            last = now
            changedAt = Date()
        } else if let changedAt, Date().timeIntervalSince(changedAt) >= quiet {
            self.changedAt = nil
            onChange()
        }
    }

    /// Every non-hidden file below the folder, with its size and modification time.
    func scan() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.isDirectoryKey, .fileSizeKey, .contentModificationDateKey]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys,
                                                               options: [.skipsHiddenFiles]) else { return stamps }
        for case let url as URL in enumerator {
            guard let values = try? url.resourceValues(forKeys: Set(keys)) else { continue }
            if values.isDirectory == true {
                if let ignored, url.standardizedFileURL.path == ignored.path { enumerator.skipDescendants() }
                continue
            }
            stamps[url.path] = Stamp(size: values.fileSize ?? 0,
                                     modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
        }
        return stamps
    }
}
