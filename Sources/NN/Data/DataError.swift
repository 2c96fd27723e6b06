/// A problem in a data file — unreadable, malformed, truncated — thrown rather than trapped,
/// so a note can catch it and carry on.
///
/// `description` reads like a compiler diagnostic: `data/points.csv:3:7: error: …`, with the line
/// and column (both 1-based) when the problem has a position in a text file.
public struct DataError: Error, CustomStringConvertible, Equatable {
    /// The file's path, or a name such as `<string>` for text that did not come from a file.
    public let file: String
    /// The 1-based line, when the problem sits on one line of a text file.
    public let line: Int?
    /// The 1-based column (in characters of that line), when known.
    public let column: Int?
    /// What is wrong, in one sentence.
    public let message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): error: \(message)"
    }
}
