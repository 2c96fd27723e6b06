import Foundation

/// Progress while notes run: one line per finished note, plus (on a terminal) a live status line
/// saying how many notes are done and which are running.
final class ProgressDisplay: @unchecked Sendable {
    private let log: (String) -> Void
    /// Where the live status line is drawn; nil when not on a terminal.
    private let terminal: FileHandle?
    private let total: Int
    private var done = 0
    private var running: [String] = []
    /// What each running note is doing now (compiling, running).
    private var phases: [String: String] = [:]
    private let lock = NSLock()

    init(total: Int, log: @escaping (String) -> Void, terminal: FileHandle?) {
        self.total = total
        self.log = log
        self.terminal = terminal
    }

    /// Standard error when it is a terminal.
    static var liveTerminal: FileHandle? { isatty(STDERR_FILENO) == 1 ? FileHandle.standardError : nil }

    func started(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        running.append(path)
        drawStatus()
    }

    func phase(_ path: String, _ phase: String) {
        lock.lock(); defer { lock.unlock() }
        phases[path] = phase
        drawStatus()
    }

    func finished(_ path: String, line: String) {
        lock.lock(); defer { lock.unlock() }
        running.removeAll { $0 == path }
        phases[path] = nil
        done += 1
        // Notes cut short by a shutdown did not fail; say nothing about them.
        guard !ChildProcesses.shared.isStopping else { return }
        clearStatus()
        log(line)
        drawStatus()
    }

    /// Removes the status line once everything is done.
    func close() {
        lock.lock(); defer { lock.unlock() }
        clearStatus()
    }

    private func clearStatus() { terminal?.write(Data("\r\u{1B}[K".utf8)) }

    private func drawStatus() {
        guard let terminal, done < total else { return }
        let names = running.map { path in
            let name = (path as NSString).lastPathComponent
            return phases[path].map { "\(name) (\($0))" } ?? name
        }.joined(separator: ", ")
        let status = "[\(done)/\(total)] \(names)"
        terminal.write(Data(("\r\u{1B}[K" + status.prefix(78)).utf8))
    }
}
