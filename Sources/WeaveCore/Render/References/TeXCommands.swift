/// Finds the TeX commands that number equations and refer to them — `\label{…}`, `\tag{…}`, `\tag*{…}`,
/// `\notag`, `\nonumber`, `\eqref{…}`, `\ref{…}` — in one pass over the bytes.
///
/// Every byte that matters is ASCII, and the bytes of a multi-byte character never are, so the scan works on
/// UTF-8 bytes. An argument is one brace group of at most `longestArgument` bytes (nested braces and `\{`
/// allowed); a longer or unclosed one is no argument, so the scan stays linear whatever the input.
enum TeXCommands {
    /// One command found: its name (without `\`), whether it is starred, its argument, and its byte range.
    struct Command: Equatable {
        var name: String
        var starred = false
        var argument: String?
        var range: Range<Int>
    }

    static let longestArgument = 200

    /// The commands named `names` in `text`, in order. In TeX (`comments`), `%` starts a comment to the end
    /// of the line; in prose it is a character.
    static func find(_ text: String, names: Set<String>, comments: Bool = true) -> [Command] {
        let bytes = Array(text.utf8)
        var found: [Command] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if comments, b == UInt8(ascii: "%") {
                while i < n, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                continue
            }
            guard b == UInt8(ascii: "\\") else { i += 1; continue }
            let start = i
            i += 1
            guard i < n, isLetter(bytes[i]) else { i += 1; continue }  // a control symbol such as `\\` or `\{`
            let nameStart = i
            while i < n, isLetter(bytes[i]) { i += 1 }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
            guard names.contains(name) else { continue }
            var command = Command(name: name, range: start..<i)
            var j = i
            if j < n, bytes[j] == UInt8(ascii: "*") { command.starred = true; j += 1 }
            while j < n, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") { j += 1 }
            if j < n, bytes[j] == UInt8(ascii: "{"), let end = groupEnd(bytes, from: j) {
                command.argument = String(decoding: bytes[(j + 1)..<(end - 1)], as: UTF8.self)
                    .trimmingCharacters(in: .whitespaces)
                command.range = start..<end
                i = end
            } else if command.starred {
                command.range = start..<j
                i = j
            }
            found.append(command)
        }
        return found
    }

    /// `text` with each command of `commands` (found in it) replaced by what `replacement` gives.
    static func replacing(_ commands: [Command], in text: String, with replacement: (Command) -> String) -> String {
        guard !commands.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var last = 0
        for command in commands {
            out += bytes[last..<command.range.lowerBound]
            out += Array(replacement(command).utf8)
            last = command.range.upperBound
        }
        out += bytes[last...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The index just past the brace group that opens at `open`, or nil when it does not close within
    /// `longestArgument` bytes.
    private static func groupEnd(_ bytes: [UInt8], from open: Int) -> Int? {
        var depth = 0
        var i = open
        let limit = min(bytes.count, open + longestArgument + 2)
        while i < limit {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return i + 1 }
            default: break
            }
            i += 1
        }
        return nil
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }
}
