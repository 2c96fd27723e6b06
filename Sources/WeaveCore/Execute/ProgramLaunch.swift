import CSystem
import Foundation

/// A program started in a session of its own, and weave's ends of the pipes it talks on.
///
/// The program leads its own process group, gets only the descriptors named here, dies with weave
/// (PR_SET_PDEATHSIG), and shares its session with a watchdog that kills the whole session, whatever the
/// program forked, if weave's end of the lifeline closes first: when weave dies. A run that ends is ended
/// by weave itself (`endSession`), watchdog included.
struct ProgramLaunch {
    let pid: pid_t
    /// What the program prints (non-blocking).
    let output: Int32
    /// What the program writes to standard error (non-blocking).
    let errorOutput: Int32
    /// Event frames from the program (non-blocking), when it has an event channel.
    let events: Int32?
    /// Where receipts for event frames go (a socket: `weave_send_byte`), when it has an event channel.
    let receipts: Int32?
    /// Closing this (weave dying) makes the watchdog end the program's whole session.
    let lifeline: Int32
    /// Readable once the program has ended; -1 when the kernel has no pidfd.
    let exitNotice: Int32

    /// Why a program could not be started.
    struct LaunchError: Error, CustomStringConvertible {
        var executable: String
        var reason: String
        var description: String { "could not start \(executable): \(reason)" }
    }

    /// Starts `executable`; `addressSpaceLimit` (bytes, 0 for none) bounds each process's virtual memory.
    static func start(_ executable: String, _ arguments: [String], directory: URL?, environment: [String: String]?,
                      eventChannel: Bool, addressSpaceLimit: UInt64) throws -> ProgramLaunch {
        var opened: [Int32] = []
        /// A pipe, or for a channel weave writes to, a socket pair (`weave_send_byte`: never SIGPIPE).
        func pipe(socket: Bool = false) throws -> (read: Int32, write: Int32) {
            var ends: [Int32] = [0, 0]
            guard (socket ? weave_socket_pair(&ends) : weave_pipe(&ends)) == 0 else {
                throw LaunchError(executable: executable, reason: String(cString: strerror(errno)))
            }
            opened += ends
            return (ends[0], ends[1])
        }
        do {
            let out = try pipe(), err = try pipe(), lifeline = try pipe()
            let events = eventChannel ? try pipe() : nil
            // The program may close its end before weave answers (it ended, or was killed).
            let receipts = eventChannel ? try pipe(socket: true) : nil
            var childEnds: [Int32] = [-1, out.write, err.write]
            if let events, let receipts { childEnds += [events.write, receipts.read] }

            let environment = environment ?? ProcessInfo.processInfo.environment
            let argv = ([executable] + arguments).map { strdup($0) } + [nil]
            let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { (argv + envp).forEach { free($0) } }
            var code: Int32 = 0
            let pid: pid_t = childEnds.withUnsafeBufferPointer { ends in
                (directory?.path ?? "").withCString { folder in
                    var options = weave_spawn_options(descriptors: ends.baseAddress, descriptorCount: Int32(ends.count),
                                                      lifeline: lifeline.read, addressSpaceLimit: addressSpaceLimit,
                                                      directory: directory == nil ? nil : folder)
                    return weave_spawn(executable, argv, envp, &options, &code)
                }
            }
            guard pid > 0 else { throw LaunchError(executable: executable, reason: String(cString: strerror(code))) }
            for end in [out.write, err.write, lifeline.read, events?.write, receipts?.read].compactMap({ $0 }) { Glibc.close(end) }
            for end in [out.read, err.read, events?.read].compactMap({ $0 }) {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            }
            return ProgramLaunch(pid: pid, output: out.read, errorOutput: err.read, events: events?.read,
                                 receipts: receipts?.write, lifeline: lifeline.write, exitNotice: weave_pidfd_open(pid))
        } catch {
            for fd in opened { Glibc.close(fd) }
            throw error
        }
    }

    /// Ends the program's session: kills its process group, then every other process of the session
    /// (what it forked into groups of their own, and the watchdog, which is needed no more), and closes
    /// the lifeline. Scanning /proc here takes a fraction of a millisecond; the watchdog's shell would
    /// take several.
    func endSession() {
        kill(-pid, SIGKILL)
        weave_kill_session(pid, SIGKILL)
        Glibc.close(lifeline)
    }

    /// Closes weave's other ends of the pipes.
    func close() {
        for fd in [output, errorOutput, events, receipts, exitNotice].compactMap({ $0 }) where fd >= 0 { Glibc.close(fd) }
    }
}
