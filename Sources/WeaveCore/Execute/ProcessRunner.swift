import CSystem
import CellProtocol
import Foundation

/// Runs a program with a time limit, an output cap and a memory cap over its whole process group, and
/// says how it ended.
///
/// The program runs in a session of its own (`ProgramLaunch`). weave never waits without a deadline:
/// when the time is up, the output or memory cap is hit, or the program ends, its whole process group
/// is killed, and descendants that keep a pipe open are given at most `drainGrace` seconds more.
public struct ProcessRunner: Sendable {
    /// How a program ended.
    public enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signaled(Int32)
        /// Stopped by weave when the time limit passed.
        case timedOut
        /// Stopped by weave when its process group's resident memory passed the cap.
        case memoryCapExceeded
        /// Stopped by weave when it had written more than `killAfterBytes`.
        case outputCapExceeded
        /// Stopped by weave when its event channel carried something that is not an event frame.
        case badEventChannel

        /// How the program ended, in words ("exited with status 1", "was stopped after the time limit").
        public var description: String {
            switch self {
            case .exited(let status): return "exited with status \(status)"
            case .signaled(let signal): return "was killed by signal \(signal) (\(String(cString: strsignal(signal))))"
            case .timedOut: return "was stopped after the time limit"
            case .memoryCapExceeded: return "was stopped at the memory cap"
            case .outputCapExceeded: return "was stopped at the output cap"
            case .badEventChannel: return "was stopped for writing a malformed event"
            }
        }

        /// Whether the program ended by itself in a way that running it again would repeat: an exit or
        /// a trap. Runs that weave or someone else cut short (timeouts, caps, SIGKILL, SIGTERM) are not final.
        public var isFinal: Bool {
            switch self {
            case .exited: return true
            case .signaled(let signal): return [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE].contains(signal)
            default: return false
            }
        }
    }

    /// One piece of what the program wrote, in order.
    public enum Output: Equatable, Sendable {
        /// Printed text (standard output).
        case text([UInt8])
        /// A frame from the event channel.
        case event(EventFrame)
        /// This many bytes of printed text were dropped at the per-cell cap.
        case dropped(Int)
    }

    public struct Result: Sendable {
        public var termination: Termination
        /// Standard output and events, in the order the program wrote them.
        public var output: [Output]
        public var standardError: Data
        /// Bytes of standard output beyond the cap that were dropped.
        public var droppedOutputBytes: Int
        /// The most resident memory seen in the program's session, in bytes (0 when not measured).
        public var peakMemory: Int
        public var seconds: Double

        /// The printed text alone.
        public var standardOutput: Data {
            Data(output.flatMap { if case .text(let bytes) = $0 { return bytes } else { return [] } })
        }
    }

    public var timeout: Double
    /// The most bytes of printed text kept per cell; beyond it text is counted and dropped.
    public var outputCap: Int
    /// Past this many bytes written in all, the program is stopped.
    public var killAfterBytes: Int
    /// Resident bytes the program's session may use; nil for no cap.
    public var memoryCap: Int?
    /// Whether the program gets the event channel (descriptors 3 and 4, see `EventChannel`).
    public var eventChannel = false
    /// Seconds to keep reading after the program ended, for descendants still holding its pipes.
    public var drainGrace = 1.0

    public init(timeout: Double, outputCap: Int = 2_000_000, killAfterBytes: Int = 200_000_000, memoryCap: Int? = nil) {
        self.timeout = timeout
        self.outputCap = outputCap
        self.killAfterBytes = killAfterBytes
        self.memoryCap = memoryCap
    }

    public func run(_ executable: String, _ arguments: [String], in directory: URL? = nil,
                    environment: [String: String]? = nil) throws -> Result {
        let start = Date()
        // The address-space limit only backs up the resident-memory cap, against allocations faster
        // than the sampling; it is generous because virtual sizes run well above resident ones.
        // Clamped, so that a cap set in code rather than parsed cannot overflow.
        let addressLimit = memoryCap.map { UInt64(min(max($0, 0), RunLimits.largestSize)) * 2 + (4 << 30) } ?? 0
        let launch = try ChildProcesses.shared.launch {
            try ProgramLaunch.start(executable, arguments, directory: directory, environment: environment,
                                    eventChannel: eventChannel, addressSpaceLimit: addressLimit)
        }
        defer { ChildProcesses.shared.finished(launch.pid) }
        var session = RunningProgram(launch: launch, runner: self)
        let termination = session.supervise(until: start.addingTimeInterval(timeout))
        return Result(termination: termination, output: session.transcript.finish(), standardError: Data(session.errors),
                      droppedOutputBytes: session.transcript.droppedBytes, peakMemory: session.peakMemory,
                      seconds: Date().timeIntervalSince(start))
    }
}

/// The loop that watches one running program: reads its pipes, answers its events, samples its memory,
/// and enforces the deadline and the caps.
private struct RunningProgram {
    let launch: ProgramLaunch
    let runner: ProcessRunner
    var transcript: ProgramTranscript
    var errors: [UInt8] = []
    var peakMemory = 0
    private var frames = EventFrameReader()
    private var memory: SessionMemory
    private var written = 0
    /// Pipes that reached their end.
    private var ended: Set<Int32> = []
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private static let errorCap = 200_000
    private static let memorySampleInterval = 0.05

    init(launch: ProgramLaunch, runner: ProcessRunner) {
        self.launch = launch
        self.runner = runner
        transcript = ProgramTranscript(cap: runner.outputCap)
        memory = SessionMemory(leader: launch.pid)
    }

    /// Runs until the program ends or is stopped; the whole group is dead and reaped on return.
    mutating func supervise(until deadline: Date) -> ProcessRunner.Termination {
        var stopped: ProcessRunner.Termination?
        var nextSample = Date()
        while stopped == nil {
            if hasEnded() { break }
            let now = Date()
            if now >= deadline { stopped = .timedOut; break }
            var wait = deadline.timeIntervalSince(now)
            if runner.memoryCap != nil { wait = min(wait, max(0, nextSample.timeIntervalSince(now))) }
            if launch.exitNotice < 0 { wait = min(wait, 0.01) }
            pollPipes(timeout: wait, answering: true)
            if frames.isBroken { stopped = .badEventChannel }
            if written > runner.killAfterBytes { stopped = .outputCapExceeded }
            if let cap = runner.memoryCap, Date() >= nextSample {
                let resident = memory.residentBytes()
                peakMemory = max(peakMemory, resident)
                if resident > cap { stopped = .memoryCapExceeded }
                nextSample = Date().addingTimeInterval(Self.memorySampleInterval)
            }
        }
        // The program (a zombie now, or still running) keeps its pid, so its group id cannot be reused yet.
        launch.endSession()
        let status = reap()
        // Dead now, the program has handed whatever it adopted to weave.
        ChildProcesses.shared.endOrphans()
        drainAfterExit()
        launch.close()
        if let stopped { return stopped }
        if status & 0x7F == 0 { return .exited(status >> 8 & 0xFF) }
        return .signaled(status & 0x7F)
    }

    /// Whether the program has ended (without reaping it).
    private func hasEnded() -> Bool { weave_has_ended(launch.pid) != 0 }

    /// Waits for the program, which has ended or was killed, and returns its wait status.
    private func reap() -> Int32 {
        var status: Int32 = 0
        while waitpid(launch.pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// Reads whatever is ready on the program's open pipes, waiting at most `timeout` seconds for
    /// something. Returns false once every pipe has reached its end.
    @discardableResult
    private mutating func pollPipes(timeout: Double, answering: Bool) -> Bool {
        let pipes = [launch.output, launch.errorOutput, launch.events].compactMap { $0 }.filter { !ended.contains($0) }
        var fds = pipes.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        if answering && launch.exitNotice >= 0 { fds.append(pollfd(fd: launch.exitNotice, events: Int16(POLLIN), revents: 0)) }
        if pipes.isEmpty && !answering { return false }
        let milliseconds = Int32(max(0, min(timeout, 3600)) * 1000)
        guard poll(&fds, nfds_t(fds.count), milliseconds) > 0 else { return true }
        for entry in fds.prefix(pipes.count) where entry.revents != 0 {
            let open: Bool
            switch entry.fd {
            case launch.output: open = readText(limit: nil)
            case launch.errorOutput: open = readErrors()
            default: open = readEvents(answering: answering)
            }
            if !open { ended.insert(entry.fd) }
        }
        return ended.count < (launch.events == nil ? 2 : 3)
    }

    /// Reads printed text: everything available, or exactly `limit` bytes' worth. False at end of file.
    private mutating func readText(limit: Int?) -> Bool {
        var left = limit ?? Int.max
        while left > 0 {
            let n = buffer.withUnsafeMutableBytes { read(launch.output, $0.baseAddress, min($0.count, left)) }
            if n == 0 { return false }
            if n < 0 { return errno == EAGAIN || errno == EINTR }
            written += n
            left -= n
            buffer.withUnsafeBytes { transcript.text(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
        }
        return true
    }

    private mutating func readErrors() -> Bool {
        while true {
            let n = buffer.withUnsafeMutableBytes { read(launch.errorOutput, $0.baseAddress, $0.count) }
            if n == 0 { return false }
            if n < 0 { return errno == EAGAIN || errno == EINTR }
            written += n
            errors.append(contentsOf: buffer[..<min(n, max(0, Self.errorCap - errors.count))])
        }
    }

    /// Reads event frames. Before each frame, takes the text already in the output pipe: the program
    /// flushed it before sending the frame and, for a frame that waits for a receipt, writes nothing
    /// more until the receipt is sent, so the text lands on the right side of the event.
    private mutating func readEvents(answering: Bool) -> Bool {
        guard let events = launch.events else { return false }
        var open = true
        while true {
            let n = buffer.withUnsafeMutableBytes { read(events, $0.baseAddress, $0.count) }
            if n == 0 { open = false; break }
            if n < 0 { break }
            written += n
            frames.append(buffer[..<n])
        }
        while let frame = frames.next() {
            var ready: Int32 = 0
            if ioctl(launch.output, UInt(FIONREAD), &ready) == 0, ready > 0 { _ = readText(limit: Int(ready)) }
            transcript.event(frame)
            if answering, frame.flags & EventFrame.waitsForReceipt != 0, let receipts = launch.receipts {
                _ = weave_send_byte(receipts, 1)
            }
        }
        return open
    }

    /// After the program has gone: reads what is left in the pipes until every writer has closed them or
    /// `drainGrace` seconds have passed (a descendant that escaped the process group may hold them).
    private mutating func drainAfterExit() {
        let deadline = Date().addingTimeInterval(runner.drainGrace)
        while Date() < deadline, pollPipes(timeout: deadline.timeIntervalSinceNow, answering: false) {}
    }
}
