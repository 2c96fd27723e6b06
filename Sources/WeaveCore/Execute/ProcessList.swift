import Glibc

/// Collects the pids a C scan of /proc writes (`weave_session_members`, `weave_children`): `fill` writes at
/// most `capacity` pids and returns how many there are, or -1. A longer list is read again into more room.
func processList(_ fill: (_ pids: UnsafeMutablePointer<pid_t>, _ capacity: Int32) -> Int32) -> [pid_t] {
    var pids = [pid_t](repeating: 0, count: 64)
    while true {
        let found = Int(pids.withUnsafeMutableBufferPointer { fill($0.baseAddress!, Int32($0.count)) })
        guard found >= 0 else { return [] }
        if found <= pids.count { return Array(pids[..<found]) }
        pids = [pid_t](repeating: 0, count: found * 2)
    }
}
