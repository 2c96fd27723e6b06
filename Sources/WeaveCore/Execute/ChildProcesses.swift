import Foundation

/// The child processes weave is running now (note programs and the compiler), so that a shutdown can
/// stop every one of them and start no more.
public final class ChildProcesses: @unchecked Sendable {
    public static let shared = ChildProcesses()

    /// Thrown by `launch` once `terminateAll` has been called.
    public struct Stopped: Error, CustomStringConvertible {
        public var description: String { "weave is shutting down" }
    }

    private let lock = NSLock()
    private var running: Set<pid_t> = []
    private var stopping = false

    /// Whether `terminateAll` has been called; outcomes of children it stopped must not be cached.
    public var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    /// Starts `process` and records it, unless a shutdown has begun.
    func launch(_ process: Process) throws {
        lock.lock()
        defer { lock.unlock() }
        guard !stopping else { throw Stopped() }
        try process.run()
        running.insert(process.processIdentifier)
    }

    /// Forgets a child that has ended.
    func finished(_ process: Process) {
        lock.lock()
        running.remove(process.processIdentifier)
        lock.unlock()
    }

    /// Stops every running child and everything it started: SIGTERM, then SIGKILL for whatever still
    /// runs after `grace` seconds. No child starts after this call.
    public func terminateAll(grace: Double = 1) {
        lock.lock()
        stopping = true
        let children = running
        lock.unlock()
        // The compiler's own children may sit in process groups of their own: find them before their parent goes.
        let below = Self.descendants(of: children)
        for pid in children { Self.signal(pid, SIGTERM) }
        for pid in below { kill(pid, SIGTERM) }
        let deadline = Date().addingTimeInterval(grace)
        while Date() < deadline {
            lock.lock()
            let left = running
            lock.unlock()
            if left.isEmpty && below.allSatisfy({ !Self.isAlive($0) }) { return }
            usleep(10_000)
        }
        lock.lock()
        let left = running
        lock.unlock()
        for pid in left { Self.signal(pid, SIGKILL) }
        for pid in below where Self.isAlive(pid) { kill(pid, SIGKILL) }
    }

    /// Signals a child, and its whole process group when it leads one.
    private static func signal(_ pid: pid_t, _ signal: Int32) {
        if getpgid(pid) == pid { kill(-pid, signal) }
        kill(pid, signal)
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
