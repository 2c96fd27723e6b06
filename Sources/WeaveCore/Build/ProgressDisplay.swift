import Foundation
import Synchronization

/// Progress while notes run: one line per finished note, plus (on a terminal) a live status line
/// saying how many notes are done and which are running.
final class ProgressDisplay: Sendable {
    private let log: @Sendable (String) -> Void
    /// Where the live status line is drawn; nil when not on a terminal.
    private let terminal: FileHandle?
    private let total: Int

    /// The notes done and running. The lock is held while drawing, so lines never interleave.
    private struct State {
        var done = 0
        var running: [String] = []
        /// What each running note is doing now (compiling, running).
        var phases: [String: String] = [:]
    }

    private let state = Mutex(State())

    init(total: Int, log: @escaping @Sendable (String) -> Void, terminal: FileHandle?) {
        self.total = total
        self.log = log
        self.terminal = terminal
    }

    /// Standard error when it is a terminal.
    static var liveTerminal: FileHandle? { isatty(STDERR_FILENO) == 1 ? FileHandle.standardError : nil }

    func started(_ path: String) {
        state.withLock { state in
            state.running.append(path)
            drawStatus(state)
        }
    }

    func phase(_ path: String, _ phase: String) {
        state.withLock { state in
            state.phases[path] = phase
            drawStatus(state)
        }
    }

    func finished(_ path: String, line: String) {
        state.withLock { state in
            state.running.removeAll { $0 == path }
            state.phases[path] = nil
            state.done += 1
            // Notes cut short by a shutdown did not fail; say nothing about them.
            guard !ChildProcesses.shared.isStopping else { return }
            clearStatus()
            log(line)
            drawStatus(state)
        }
    }

    /// Removes the status line once everything is done.
    func close() {
        state.withLock { _ in clearStatus() }
    }

    private func clearStatus() { terminal?.write(Data("\r\u{1B}[K".utf8)) }

    private func drawStatus(_ state: State) {
        guard let terminal, state.done < total else { return }
        let names = state.running.map { path in
            let name = (path as NSString).lastPathComponent
            return state.phases[path].map { "\(name) (\($0))" } ?? name
        }.joined(separator: ", ")
        let status = "[\(state.done)/\(total)] \(names)"
        terminal.write(Data(("\r\u{1B}[K" + status.prefix(78)).utf8))
    }
}
