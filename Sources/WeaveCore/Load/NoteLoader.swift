import Foundation

/// Reads a note: checks that it is UTF-8 text without NUL bytes and splits off and parses the YAML front matter.
public enum NoteLoader {
    /// Loads `data` read from a note; `displayPath` and `relativePath` name it in messages and pages.
    public static func load(_ data: Data, displayPath: String, relativePath: String) throws(Diagnostic) -> SourceFile {
        // Before UTF-8: a file saved as UTF-16 is usually valid bytes and gets the better hint here.
        if let offset = firstNUL(data) {
            let line = line(at: offset, in: data)
            let hint = data.count > 1 && data.prefix(64).filter({ $0 == 0 }).count * 3 >= min(data.count, 64)
                ? "; it looks like UTF-16: save it as UTF-8" : "; a note is text"
            throw Diagnostic(.error, file: displayPath, line: line, "the file holds a NUL byte at offset \(offset)\(hint)")
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(data)
            let line = line(at: offset, in: data)
            throw Diagnostic(.error, file: displayPath, line: line,
                             "the file is not valid UTF-8 (first bad byte at offset \(offset)); save it as UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(UInt8(ascii: "\r")) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        var matter = FrontMatter()
        var body = text
        var firstLine = 1
        if let (yaml, rest, yamlLines) = splitFrontMatter(text) {
            matter = try FrontMatter.parse(yaml, file: displayPath, firstLine: 2)
            body = rest
            firstLine = yamlLines + 3
        }
        return SourceFile(displayPath: displayPath, relativePath: relativePath, frontMatter: matter,
                          body: body, bodyFirstLine: firstLine)
    }

    /// Splits `---\n yaml \n---\n rest`; nil when the text does not start with a front-matter block.
    static func splitFrontMatter(_ text: String) -> (yaml: String, rest: String, yamlLines: Int)? {
        guard text.hasPrefix("---\n") else { return nil }
        let lines = text.lineSlices()
        guard let end = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else { return nil }
        let yaml = lines[1..<end].joined(separator: "\n")
        let rest = lines[(end + 1)...].joined(separator: "\n")
        return (yaml, rest, end - 1)
    }

    /// The line (from 1) that byte `offset` of `data` is on.
    static func line(at offset: Int, in data: Data) -> Int {
        data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The byte offset of the first NUL byte, if any (memchr: this runs over every note on every build).
    static func firstNUL(_ data: Data) -> Int? {
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// The byte offset of the first byte that breaks UTF-8 decoding.
    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                consumed = offset
            case .emptyInput:
                return data.count
            case .error:
                return consumed
            }
        }
    }
}
