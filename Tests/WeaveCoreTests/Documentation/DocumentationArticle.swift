import Foundation

/// A DocC article read as a weave note, so that its examples run the way a note's cells do.
///
/// The article's conventions:
/// - every ` ```swift ` block at the start of a line is a cell; words after `swift` (DocC's code block
///   options, comma separated) are cell options: ` ```swift, fails ` must fail, ` ```swift, norun ` is
///   only shown;
/// - a ` ```text ` block right after a cell is what the cell shows, as a page shows it in plain text
///   (printed text, shown values, `✓ …` and `✗ …` for checks);
/// - an image `![…](name.svg)` right after a cell is the picture of the chart the cell shows last,
///   kept in the catalog's `Resources` folder;
/// - in a table whose header has a column `NN`, every code span of that column is a statement; the
///   statements of a row run at the row's line, after the cells above the table.
///
/// The note keeps the article's line numbers (every other line is blank), so an error names the
/// article's own file and line.
struct DocumentationArticle {
    /// A cell made from a ` ```swift ` block, with what the article says it shows.
    struct Example {
        /// The line of the opening fence.
        var line: Int
        /// The line of the closing fence.
        var closingLine: Int
        var options: [String]
        /// The text the article shows under the example, and the line of its fence.
        var expectedOutput: (line: Int, text: String)?
        /// The picture the article shows under the example (a file name in `Resources`), and its line.
        var picture: (line: Int, name: String)?
    }

    /// A table of API spellings, run as one cell.
    struct APITable {
        /// The line of the header row.
        var line: Int
        /// The number of rows, each with at least one statement.
        var rows: Int
    }

    /// The path shown in messages, relative to the package root.
    let displayPath: String
    /// The cells in order: the examples and the API tables, by line.
    private(set) var examples: [Example] = []
    private(set) var tables: [APITable] = []
    /// The article as a note: the cells at their lines, every other line blank.
    private(set) var noteText = ""
    /// What in the article breaks the conventions, with its line.
    private(set) var problems: [String] = []

    init(text: String, displayPath: String) {
        self.displayPath = displayPath
        let lines = text.components(separatedBy: "\n")
        var note = [String](repeating: "", count: lines.count)
        var index = 0
        var lastCellEnd: Int?
        while index < lines.count {
            let line = lines[index]
            if let fence = Fence(opening: line) {
                let end = fence.closingIndex(in: lines, after: index)
                guard let end else {
                    problems.append("\(displayPath):\(index + 1): a code block is not closed")
                    break
                }
                if fence.language == "swift" {
                    note[index] = (["```swift-nn"] + fence.options).joined(separator: " ")
                    for k in index + 1..<end { note[k] = lines[k] }
                    note[end] = "```"
                    examples.append(Example(line: index + 1, closingLine: end + 1, options: fence.options))
                    lastCellEnd = end
                } else if fence.language == "text", let cellEnd = lastCellEnd, Self.onlyBlank(lines, cellEnd + 1, index) {
                    examples[examples.count - 1].expectedOutput = (index + 1, lines[index + 1..<end].joined(separator: "\n"))
                }
                index = end + 1
                continue
            }
            if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("```swift") {
                problems.append("\(displayPath):\(index + 1): an indented swift block is not run; start it at the line's start")
            }
            if let picture = Self.pictureName(line), let cellEnd = lastCellEnd, Self.onlyBlank(lines, cellEnd + 1, index) {
                examples[examples.count - 1].picture = (index + 1, picture)
            }
            if let column = Self.apiColumn(lines, index) {
                index = readTable(lines, header: index, column: column, into: &note)
                lastCellEnd = nil
                continue
            }
            index += 1
        }
        noteText = note.joined(separator: "\n")
    }

    /// Turns the table whose header is at `header` into a cell at its lines; returns the index after it.
    private mutating func readTable(_ lines: [String], header: Int, column: Int, into note: inout [String]) -> Int {
        var end = header + 2
        var rows = 0
        while end < lines.count, lines[end].hasPrefix("|") {
            let cells = Self.tableCells(lines[end])
            let spans = column < cells.count ? Self.codeSpans(cells[column]) : []
            if spans.isEmpty {
                problems.append("\(displayPath):\(end + 1): the NN column of this row has no code")
            }
            note[end] = spans.map { "do { \($0) }" }.joined(separator: "; ")
            rows += 1
            end += 1
        }
        note[header] = "```swift-nn"
        if end < lines.count {
            if !lines[end].trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append("\(displayPath):\(end + 1): a blank line must follow the table that starts at line \(header + 1)")
            }
            note[end] = "```"
        } else {
            note.append("```")
        }
        tables.append(APITable(line: header + 1, rows: rows))
        return end + 1
    }

    /// Whether lines `from..<to` are all blank.
    private static func onlyBlank(_ lines: [String], _ from: Int, _ to: Int) -> Bool {
        from > to ? false : lines[from..<to].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The file name of an image paragraph `![…](name.svg)`.
    private static func pictureName(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("!["), trimmed.hasSuffix(".svg)"), let open = trimmed.range(of: "](") else { return nil }
        return String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)])
    }

    /// The index of the `NN` column when a table's header is at `index`.
    private static func apiColumn(_ lines: [String], _ index: Int) -> Int? {
        guard lines[index].hasPrefix("|"), index + 1 < lines.count, lines[index + 1].hasPrefix("|"),
              lines[index + 1].contains("---") else { return nil }
        return tableCells(lines[index]).firstIndex { $0 == "NN" }
    }

    /// The cells of a table row, trimmed (a row starts and ends with `|`; `\|` is a pipe inside a cell).
    static func tableCells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row.trimmingCharacters(in: .whitespaces).dropFirst() {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; current.append(character); continue }
            if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        return cells
    }

    /// The code spans of a table cell, with `\|` read as `|`.
    static func codeSpans(_ cell: String) -> [String] {
        cell.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }
            .map { $0.element.replacingOccurrences(of: "\\|", with: "|") }
    }
}

/// An opening code fence: three or more backticks or tildes at the start of a line, and its info string.
private struct Fence {
    var marker: Character
    var length: Int
    var language: String
    var options: [String]

    init?(opening line: String) {
        guard let first = line.first, first == "`" || first == "~" else { return nil }
        let run = line.prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        let words = line.dropFirst(run).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        marker = first
        length = run
        language = words.first ?? ""
        options = Array(words.dropFirst())
    }

    /// The index of the closing fence after `opening`.
    func closingIndex(in lines: [String], after opening: Int) -> Int? {
        (opening + 1..<lines.count).first { index in
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            return line.count >= length && line.allSatisfy { $0 == marker }
        }
    }
}
