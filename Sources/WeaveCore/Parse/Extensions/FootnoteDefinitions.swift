/// Takes footnote definitions (`[^label]: text`) out of a note before cmark reads it, which would
/// otherwise take many of them for link reference definitions and drop them.
///
/// A definition starts at the beginning of a line (up to three spaces in) outside fenced code. It goes on
/// over lines indented by four spaces or a tab (blank lines between them included) and over lines that
/// continue its first paragraph without starting a new block. Its lines become empty lines, so the
/// note keeps its line numbers; its text, indentation removed, is parsed on its own.
enum FootnoteDefinitions {
    /// A definition's label as written, its Markdown, and the note line of `[^label]:` (its text's first line).
    struct Definition: Equatable {
        var label: String
        var text: String
        var line: Int
    }

    struct Result {
        var body: String
        var definitions: [Definition]
    }

    /// `body` without its footnote definitions; its first line is line `firstLine` of the note.
    static func extract(_ body: String, firstLine: Int) -> Result {
        guard body.includes("[^") else { return Result(body: body, definitions: []) }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var definitions: [Definition] = []
        var fences = FenceTracker()
        var k = 0
        while k < lines.count {
            guard !fences.isCode(lines[k]), let (label, first) = start(lines[k]) else { k += 1; continue }
            var text = [first]
            var j = k + 1
            var previousBlank = first.allSatisfy(\.isWhitespace)
            while j < lines.count {
                let line = lines[j]
                if line.allSatisfy(\.isWhitespace) {
                    // Blank lines belong to the definition only when an indented line follows them.
                    var next = j
                    while next < lines.count, lines[next].allSatisfy(\.isWhitespace) { next += 1 }
                    guard next < lines.count, isIndented(lines[next]) else { break }
                    text += Array(repeating: "", count: next - j)
                    j = next
                    previousBlank = true
                    continue
                }
                if isIndented(line) {
                    text.append(dedented(line))
                } else if !previousBlank, continuesParagraph(line) {
                    text.append(line)
                } else {
                    break
                }
                previousBlank = false
                j += 1
            }
            definitions.append(Definition(label: label, text: text.joined(separator: "\n"), line: firstLine + k))
            for m in k..<j { lines[m] = "" }
            k = j
        }
        return Result(body: lines.joined(separator: "\n"), definitions: definitions)
    }

    /// The label and the text after `]:` when `line` starts a definition.
    static func start(_ line: String) -> (label: String, text: String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard rest.hasPrefix("[^") else { return nil }
        let afterCaret = rest.dropFirst(2)
        guard let close = afterCaret.firstIndex(of: "]") else { return nil }
        let label = afterCaret[..<close]
        guard !label.isEmpty, !label.contains(where: { $0.isWhitespace || $0 == "[" }) else { return nil }
        let after = afterCaret[afterCaret.index(after: close)...]
        guard after.first == ":" else { return nil }
        return (String(label), String(after.dropFirst().drop { $0 == " " || $0 == "\t" }))
    }

    private static func isIndented(_ line: String) -> Bool {
        line.hasPrefix("\t") || line.hasPrefix("    ")
    }

    /// The line without one level of indentation (a tab or four spaces).
    private static func dedented(_ line: String) -> String {
        line.hasPrefix("\t") ? String(line.dropFirst()) : String(line.dropFirst(4))
    }

    /// Whether an unindented line goes on with the paragraph above it (a lazy continuation line) rather
    /// than starting a block of its own: another definition, a heading, a quote, a list, a fence,
    /// display math, a rule or raw HTML.
    private static func continuesParagraph(_ line: String) -> Bool {
        if start(line) != nil || Shielder.splitContainer(line).prefix.contains(where: { !$0.isWhitespace }) { return false }
        let trimmed = line.drop { $0 == " " }
        if Shielder.fenceRun(String(trimmed)) != nil { return false }
        if trimmed.hasPrefix("#") || trimmed.hasPrefix("$$") || trimmed.hasPrefix("<") { return false }
        let compact = trimmed.filter { $0 != " " }
        if compact.count >= 3, let first = compact.first, "-*_".contains(first), compact.allSatisfy({ $0 == first }) { return false }
        return true
    }
}
