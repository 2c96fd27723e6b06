/// Splits CSV bytes into records of fields (RFC 4180 quoting), remembering where each field starts.
///
/// Fields may be quoted with `"`, a doubled `""` inside quotes being one quote; quoted fields may hold
/// delimiters and line breaks. Records end at LF, CRLF or a lone CR; a final line break is optional;
/// empty lines are skipped; a UTF-8 byte-order mark at the start is ignored.
struct CSVParser {
    /// One field's text and the position of its first byte.
    struct Field {
        var text: String
        var quoted: Bool
        var line: Int
        var byte: Int
        var lineStart: Int
    }

    let bytes: [UInt8]
    let delimiter: UInt8
    let source: String

    /// The 1-based character column of `byte` on the line that starts at `lineStart`.
    func column(byte: Int, lineStart: Int) -> Int {
        var column = 1
        var i = lineStart
        while i < byte { if bytes[i] & 0xC0 != 0x80 { column += 1 }; i += 1 }
        return column
    }

    func error(_ field: Field, _ message: String) -> DataError {
        DataError(file: source, line: field.line, column: column(byte: field.byte, lineStart: field.lineStart), message)
    }

    /// All records, in order.
    func records() throws -> [[Field]] {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var records: [[Field]] = []
        var record: [Field] = []
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1, lineStart = i
        let n = bytes.count

        /// Consumes a line break at `i` if there is one; returns whether it did.
        func lineBreak() -> Bool {
            guard i < n, bytes[i] == lf || bytes[i] == cr else { return false }
            i += (bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
            line += 1
            lineStart = i
            return true
        }

        while i < n {
            // At the start of a field.
            var field = Field(text: "", quoted: false, line: line, byte: i, lineStart: lineStart)
            if bytes[i] == quote {
                field.quoted = true
                i += 1
                var text: [UInt8] = []
                while true {
                    if i >= n { throw error(field, "quoted field is never closed") }
                    if bytes[i] == quote {
                        if i + 1 < n && bytes[i + 1] == quote { text.append(quote); i += 2; continue }
                        i += 1
                        break
                    }
                    let before = i
                    if lineBreak() { text.append(contentsOf: bytes[before..<i]); continue }
                    text.append(bytes[i])
                    i += 1
                }
                if i < n && bytes[i] != delimiter && bytes[i] != lf && bytes[i] != cr {
                    let at = Field(text: "", quoted: false, line: line, byte: i, lineStart: lineStart)
                    throw error(at, "unexpected character after a closing quote (a quote inside a quoted field is written \"\")")
                }
                field.text = String(decoding: text, as: UTF8.self)
            } else {
                let start = i
                while i < n && bytes[i] != delimiter && bytes[i] != lf && bytes[i] != cr { i += 1 }
                field.text = String(decoding: bytes[start..<i], as: UTF8.self)
            }
            record.append(field)
            if i < n && bytes[i] == delimiter {
                i += 1
                if i == n { record.append(Field(text: "", quoted: false, line: line, byte: i, lineStart: lineStart)) }
                continue
            }
            _ = lineBreak()
            if !(record.count == 1 && !record[0].quoted && record[0].text.isEmpty) { records.append(record) }
            record = []
        }
        if !record.isEmpty { records.append(record) }
        return records
    }
}
