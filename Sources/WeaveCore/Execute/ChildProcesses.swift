import CSystem
import Foundation
import Synchronization

/// The programs weave is running now (note programs and the compiler), so that a shutdown can stop
/// every one of them, with everything they started, and start no more.
///
/// Each program leads a process group of its own (`ProgramLaunch`), so signalling the group reaches
/// whatever it forked.
public final class ChildProcesses: Sendable {
    public static let shared = ChildProcesses()

    /// Thrown by `launch` once `terminateAll` has been called.
    public struct Stopped: Error, CustomStringConvertible {
        public var description: String { "weave is shutting down" }
    }

    /// The programs running now, and whether a shutdown has begun.
    private struct State {
        var running: Set<pid_t> = []
        var stopping = false
        /// Whether weave is a child subreaper (`adoptOrphans`).
        var adopting = false
    }

    private let state = Mutex(State())

    /// Whether `terminateAll` has been called; outcomes of children it stopped must not be cached.
    public var isStopping: Bool {
        state.withLock { $0.stopping }
    }

    /// Starts a program with `start` and records it, unless a shutdown has begun.
    func launch(_ start: () throws -> ProgramLaunch) throws -> ProgramLaunch {
        try state.withLock { state in
            guard !state.stopping else { throw Stopped() }
            let launch = try start()
            state.running.insert(launch.pid)
            return launch
        }
    }

    /// Runs `body` unless a shutdown has begun, in which case it throws `Stopped`; a shutdown that begins
    /// meanwhile waits until `body` is done. Publishing a site goes through here, so a build whose cells a
    /// shutdown stopped is never published.
    public func unlessStopping(_ body: () throws -> Void) throws {
        try state.withLock { state in
            guard !state.stopping else { throw Stopped() }
            try body()
        }
    }

    /// Makes weave a child subreaper, so that what an ended program leaves behind — a process it started in
    /// a session of its own (`setsid`), out of reach of the session kill — comes to weave instead of init,
    /// and `endOrphans` stops it. (Each program is a subreaper too, so while it runs its orphans stay below
    /// it.) The commands call this; tests do not: a test process has children no program left behind.
    public func adoptOrphans() {
        guard weave_become_subreaper() == 0 else { return }
        state.withLock { $0.adopting = true }
    }

    /// Kills and reaps every child of weave that is not a running program: after `adoptOrphans`, those are
    /// processes that ended programs left behind, and whatever they started (each comes to weave in turn as
    /// its parent is killed). Nothing without `adoptOrphans`.
    public func endOrphans() {
        state.withLock { state in
            guard state.adopting else { return }
            for _ in 0..<64 {  // one round per generation of a tree of orphans
                var killedLiving = false
                for pid in Self.children() where !state.running.contains(pid) {
                    // Usually the watchdog, killed with its session a moment ago: already ended, reaped here.
                    var status: Int32 = 0
                    guard waitpid(pid, &status, WNOHANG) == 0 else { continue }  // reaped now, or not a child
                    kill(pid, SIGKILL)
                    Self.reap(pid, within: 0.2)
                    killedLiving = true
                }
                // A process that had ended had handed its children to weave already, so they were in this
                // round (the commands sweep once more at their end for any the scan read too early).
                if !killedLiving { return }
            }
        }
    }

    /// weave's child processes (from /proc).
    private static func children() -> [pid_t] {
        processList { weave_children($0, $1) }
    }

    /// Waits up to `seconds` for child `pid`, killed, to end, and reaps it.
    private static func reap(_ pid: pid_t, within seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 && Date() < deadline { usleep(100) }
    }

    /// Forgets a program that has ended.
    func finished(_ pid: pid_t) {
        _ = state.withLock { $0.running.remove(pid) }
    }

    /// Stops every running program and its process group: SIGTERM, then SIGKILL for whatever still
    /// runs after `grace` seconds. No program starts after this call.
    public func terminateAll(grace: Double = 1) {
        let groups = state.withLock { state in
            state.stopping = true
            return state.running
        }
        for pid in groups { kill(-pid, SIGTERM); weave_kill_session(pid, SIGTERM) }
        let deadline = Date().addingTimeInterval(grace)
        while Date() < deadline {
            if state.withLock({ $0.running.isEmpty }) { endOrphans(); return }
            usleep(10_000)
        }
        for pid in state.withLock({ $0.running }) { kill(-pid, SIGKILL); weave_kill_session(pid, SIGKILL) }
        endOrphans()
    }

    /// Whether a process exists and has not ended (a zombie has ended).
    static func isAlive(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        #if os(Linux)
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
        #else
        return true
        #endif
    }

    /// Every process below `roots` in the process tree (read from /proc on Linux; elsewhere none).
    public static func descendants(of roots: Set<pid_t>) -> Set<pid_t> {
        #if os(Linux)
        let table = processTable()
        var found = roots
        var grew = true
        while grew {
            grew = false
            for (pid, parent) in table where found.contains(parent) && !found.contains(pid) {
                found.insert(pid)
                grew = true
            }
        }
        return found.subtracting(roots)
        #else
        return []
        #endif
    }

    #if os(Linux)
    /// pid → parent pid, from /proc/<pid>/stat.
    private static func processTable() -> [pid_t: pid_t] {
        var table: [pid_t: pid_t] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(name),
                  let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // After the command name in parentheses: state, parent pid, …
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, let parent = pid_t(fields[1]) else { continue }
            table[pid] = parent
        }
        return table
    }
    #endif
}
