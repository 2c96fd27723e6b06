import Foundation

/// Runs a child process with a time limit and a cap on what it may print, and says how it ended.
public struct ProcessRunner: Sendable {
    /// How a child process ended.
    public enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signaled(Int32)
        case timedOut
    }

    public struct Result: Sendable {
        public var termination: Termination
        public var standardOutput: Data
        public var standardError: Data
        /// Bytes of standard output beyond the cap that were dropped.
        public var droppedOutputBytes: Int
        public var seconds: Double
    }

    public var timeout: Double
    /// The most standard-output bytes kept; beyond it output is counted and dropped.
    public var outputCap: Int
    /// Past this many bytes of output in all, the child is stopped.
    public var killAfterBytes: Int

    public init(timeout: Double, outputCap: Int = 2_000_000, killAfterBytes: Int = 200_000_000) {
        self.timeout = timeout
        self.outputCap = outputCap
        self.killAfterBytes = killAfterBytes
    }

    public func run(_ executable: String, _ arguments: [String], in directory: URL? = nil,
                    environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()

        let collector = OutputCollector(cap: outputCap, killAfter: killAfterBytes) { process.terminate() }
        let group = DispatchGroup()
        let errorCollector = OutputCollector(cap: 200_000, killAfter: Int.max) {}
        group.enter()
        DispatchQueue.global().async {
            errorCollector.drain(err.fileHandleForReading)
            group.leave()
        }
        var timedOut = false
        let deadline = DispatchTime.now() + timeout
        if group.wait(timeout: deadline) == .timedOut {
            timedOut = true
            process.terminate()
            if group.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            group.wait()
        }
        process.waitUntilExit()
        let termination: Termination
        if timedOut {
            termination = .timedOut
        } else if process.terminationReason == .uncaughtSignal {
            termination = .signaled(process.terminationStatus)
        } else {
            termination = .exited(process.terminationStatus)
        }
        return Result(termination: termination, standardOutput: collector.kept, standardError: errorCollector.kept,
                      droppedOutputBytes: collector.dropped, seconds: Date().timeIntervalSince(start))
    }
}

/// Reads a pipe to its end, keeping the first `cap` bytes and counting the rest.
private final class OutputCollector: @unchecked Sendable {
    let cap: Int
    let killAfter: Int
    let stop: () -> Void
    var kept = Data()
    var dropped = 0

    init(cap: Int, killAfter: Int, stop: @escaping () -> Void) {
        self.cap = cap
        self.killAfter = killAfter
        self.stop = stop
    }

    /// Whether the dropped text is in the middle of an event line (which is always kept).
    private var inEvent = false

    func drain(_ handle: FileHandle) {
        var stopped = false
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return }
            let room = cap - kept.count
            if room >= chunk.count {
                kept.append(chunk)
                inEvent = lastLineIsEvent(chunk, previous: inEvent)
            } else {
                keepEvents(chunk)
            }
            if !stopped && kept.count + dropped > killAfter { stopped = true; stop() }
        }
    }

    /// Past the cap, keeps only event lines (they say which cell ran and how it ended) and counts the rest.
    private func keepEvents(_ chunk: Data) {
        for byte in chunk {
            if inEvent {
                kept.append(byte)
                if byte == 0x0A { inEvent = false }
            } else if byte == 0x1E {
                kept.append(0x0A)
                kept.append(byte)
                inEvent = true
            } else {
                dropped += 1
            }
        }
    }

    private func lastLineIsEvent(_ chunk: Data, previous: Bool) -> Bool {
        var state = previous
        for byte in chunk {
            if byte == 0x1E { state = true } else if byte == 0x0A { state = false }
        }
        return state
    }
}

