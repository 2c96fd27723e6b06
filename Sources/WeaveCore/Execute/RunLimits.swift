import Foundation

/// What bounds one run of a note's program: time, resident memory of its process group, and output.
public struct RunLimits: Equatable, Sendable {
    /// Seconds the program may run.
    public var timeout: Double
    /// Resident bytes the program and everything it starts may use together.
    public var memoryCap: Int
    /// Bytes the program may write in all before it is stopped.
    public var outputCap: Int

    public init(timeout: Double, memoryCap: Int, outputCap: Int = 200_000_000) {
        self.timeout = timeout
        self.memoryCap = memoryCap
        self.outputCap = outputCap
    }

    /// The default memory cap: half of this machine's memory.
    public static var defaultMemoryCap: Int { Int(ProcessInfo.processInfo.physicalMemory / 2) }

    /// A byte count in words: "512 MB", "12 GB".
    static func bytes(_ n: Int) -> String {
        let mb = Double(n) / 1_048_576
        return mb >= 1024 ? String(format: "%g GB", (mb / 1024 * 10).rounded() / 10) : String(format: "%g MB", mb.rounded())
    }

    /// Seconds in words: "2 s", "0.5 s".
    static func seconds(_ t: Double) -> String { String(format: "%g s", t) }

    /// The largest size `parseSize` accepts: 1 PB, far above any machine's memory and far below overflow.
    public static let largestSize = 1 << 50

    /// Parses a size as authors write it: `512MB`, `2 GB`, `1.5G`, `800M`, or a plain number of megabytes.
    /// Nil for anything else, and for sizes below one byte or above `largestSize`.
    public static func parseSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Double)] = [("GB", 1_073_741_824), ("G", 1_073_741_824), ("MB", 1_048_576), ("M", 1_048_576),
                                         ("KB", 1024), ("K", 1024)]
        let (number, scale) = units.first { trimmed.hasSuffix($0.0) }
            .map { (trimmed.dropLast($0.0.count).trimmingCharacters(in: .whitespaces), $0.1) } ?? (trimmed, 1_048_576)
        guard let value = Double(number) else { return nil }
        let bytes = value * scale
        // Also false for NaN; checked as a Double, before Int(_:) could trap on infinity or overflow.
        guard bytes >= 1 && bytes <= Double(largestSize) else { return nil }
        return Int(bytes)
    }
}
