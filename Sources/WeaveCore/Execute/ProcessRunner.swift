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
        try ChildProcesses.shared.launch(process)
        defer { ChildProcesses.shared.finished(process) }

        let collector = OutputCollector(cap: outputCap, killAfter: killAfterBytes) { process.terminate() }
        let group = DispatchGroup()
        let errorCollector = OutputCollector(cap: 200_000, killAfter: Int.max) {}
        group.enter()
        DispatchQueue.global().async {
            collector.drain(out.fileHandleForReading)
            group.leave()
        }
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

/// Reads a pipe to its end, keeping at most `cap` bytes of printed text per cell and every event line.
///
/// Where a cell's text is cut, a `truncated` event with the number of dropped bytes is inserted, so
/// the page can say so at that cell.
private final class OutputCollector: @unchecked Sendable {
    let cap: Int
    let killAfter: Int
    let stop: () -> Void
    private var buffer: [UInt8] = []
    private(set) var dropped = 0
    private var droppedInCell = 0
    private var textInCell = 0
    private var event: [UInt8]?
    private static let beginTag = Array(#""kind":"begin""#.utf8)

    var kept: Data { flushTruncation(); return Data(buffer) }

    init(cap: Int, killAfter: Int, stop: @escaping () -> Void) {
        self.cap = cap
        self.killAfter = killAfter
        self.stop = stop
    }

    func drain(_ handle: FileHandle) {
        var stopped = false
        var total = 0
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return }
            total += chunk.count
            chunk.withUnsafeBytes { consume($0) }
            if !stopped && total > killAfter { stopped = true; stop() }
        }
    }

    private func consume(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            if event != nil {
                event!.append(byte)
                if byte == 0x0A { finishEvent() }
            } else if byte == 0x1E {
                event = [byte]
            } else if textInCell < cap {
                buffer.append(byte)
                textInCell += 1
            } else {
                dropped += 1
                droppedInCell += 1
            }
        }
    }

    private func finishEvent() {
        guard let line = event else { return }
        event = nil
        flushTruncation()
        buffer += line
        if line.count > 12, contains(line, OutputCollector.beginTag) { textInCell = 0 }
    }

    private func flushTruncation() {
        guard droppedInCell > 0 else { return }
        buffer += Array("\n\u{1E}{\"kind\":\"truncated\",\"text\":\"\(droppedInCell)\"}\n".utf8)
        droppedInCell = 0
    }

    private func contains(_ line: [UInt8], _ tag: [UInt8]) -> Bool {
        guard line.count >= tag.count else { return false }
        for start in 0...(line.count - tag.count) where line[start] == tag[0] {
            if Array(line[start..<start + tag.count]) == tag { return true }
        }
        return false
    }
}
