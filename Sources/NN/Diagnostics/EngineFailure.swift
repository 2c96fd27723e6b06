/// Stops the program with one clear message when an engine operation is used wrongly.
///
/// Every misuse — shapes that do not fit, an axis out of range, an index out of bounds — ends here,
/// so the message always has the same form: the caller's file and line when known, the operation,
/// and the shapes involved. A host (the cell runtime) may observe the failure before the trap.
public enum EngineFailure {
    /// What an observer is told: the message without location, and the caller's file and line when known.
    public struct Report {
        public var message: String
        public var file: String?
        public var line: Int?
    }

    /// Called just before the process traps; the cell runtime sets it.
    // Unsafe but sound in use: a host sets it once at startup, before any engine call, and then it is only read.
    public nonisolated(unsafe) static var observer: ((Report) -> Void)?

    /// Formats the message for an operation, with the caller's location when the caller passed one.
    public static func message(_ operation: String, _ detail: String,
                               file: StaticString? = nil, line: UInt? = nil) -> String {
        let location = file.map { "\($0):\(line ?? 0): " } ?? ""
        return "\(location)\(operation): \(detail)"
    }

    /// Reports the misuse and traps.
    public static func fail(_ operation: String, _ detail: String,
                            file: StaticString? = nil, line: UInt? = nil) -> Never {
        let text = message(operation, detail, file: file, line: line)
        observer?(Report(message: message(operation, detail), file: file.map { "\($0)" }, line: line.map { Int($0) }))
        if let file, let line {
            fatalError(text, file: file, line: line)
        }
        fatalError(text)
    }
}

/// Formats a shape the way every engine message writes it, e.g. `[2, 3]`.
func describe(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
}
