import CSystem
import Foundation

/// Measures the resident memory of a program and every process in its session, from /proc.
///
/// The program's own size is read on every sample (one small file); the other members of its session
/// (what it forked) are found by a scan of /proc at most every `scanInterval` seconds, so sampling
/// often stays cheap.
struct SessionMemory {
    let leader: pid_t
    var scanInterval: Double = 0.5
    private var others: [pid_t] = []
    private var lastScan = Date.distantPast
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    init(leader: pid_t) { self.leader = leader }

    /// Bytes resident in the session now.
    mutating func residentBytes() -> Int {
        if Date().timeIntervalSince(lastScan) >= scanInterval {
            // The session's watchdog (a shell waiting on weave's lifeline) counts too: a few hundred kilobytes.
            others = Self.members(ofSession: leader).filter { $0 != leader }
            lastScan = Date()
        }
        return ([leader] + others).reduce(0) { $0 + Self.residentPages($1) } * Self.pageSize
    }

    /// Resident pages of one process (0 when it is gone).
    static func residentPages(_ pid: pid_t) -> Int {
        guard let statm = read("/proc/\(pid)/statm") else { return 0 }
        let fields = statm.split(separator: " ")
        return fields.count > 1 ? Int(fields[1]) ?? 0 : 0
    }

    /// The processes whose session is `session`.
    static func members(ofSession session: pid_t) -> [pid_t] {
        processList { weave_session_members(session, $0, $1) }
    }

    private static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        return n > 0 ? String(decoding: buffer[..<n], as: UTF8.self) : nil
    }
}
