/// One message about the input, located at a file, line and column, printed as compilers print them.
public struct Diagnostic: Error, Equatable, Hashable, Codable, CustomStringConvertible, Sendable {
    /// How serious a diagnostic is.
    public enum Severity: String, Codable, Sendable { case error, warning, note }

    public var severity: Severity
    /// The path as the user gave it (e.g. `notes/03-backprop.md`).
    public var file: String
    /// 1-based line, or 0 when the message is about the whole file.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int
    public var message: String

    public init(_ severity: Severity, file: String, line: Int = 0, column: Int = 0, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: error: message`, omitting the parts that are unknown.
    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if line > 0 && column > 0 { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
