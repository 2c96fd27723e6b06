import Foundation

/// Finds the spans cmark must not parse — TeX, wiki links, embeds, pipe tables — and shields them.
///
/// It reads the note line by line, skipping fenced code, and looks through block-quote markers and
/// list indentation, so display math inside `> ` quotes and list items reaches the typesetter
/// byte for byte. Container prefixes longer than `ContainerPrefix.maxLength` are cut first.
enum Shielder {
    /// Shields `body`, whose first line is line `firstLine` of the note.
    static func shield(_ body: String, firstLine: Int) -> Shielded {
        var state = Shielded(markdown: "", items: [], originals: [], lineMap: [], problems: [])
        var lines = body.lineSlices().map(String.init)
        for k in lines.indices {
            guard let capped = ContainerPrefix.capped(lines[k]) else { continue }
            lines[k] = capped
            if state.flattenedLine == nil { state.flattenedLine = firstLine + k }
        }
        var output: [String] = []
        func emit(_ text: String, _ line: Int) { output.append(text); state.lineMap.append(line) }

        var brackets = OpenBrackets()
        var fence: (marker: Character, length: Int)?
        var fenceLine = 0
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let noteLine = firstLine + i
            let (prefix, content) = splitContainer(line)
            if content.allSatisfy(\.isWhitespace) { brackets = OpenBrackets() }   // a paragraph ends
            if let open = fence {
                if let close = fenceRun(content), close.marker == open.marker, close.length >= open.length,
                   content.dropFirst(close.length).allSatisfy(\.isWhitespace) {
                    fence = nil
                }
                emit(line, noteLine)
                i += 1
                continue
            }
            if let open = fenceRun(content) {
                fence = open
                brackets = OpenBrackets()
                fenceLine = noteLine
                emit(line, noteLine)
                i += 1
                continue
            }
            if content.hasPrefix("$$"), let block = displayBlock(lines, from: i, content: content) {
                let index = add(.displayMath(tex: block.tex, line: noteLine),
                                original: lines[i...block.lastLine].joined(separator: "\n"), to: &state)
                emit(prefix + Shielded.placeholder(index) + shieldInline(block.rest, line: noteLine, brackets: &brackets, into: &state),
                     noteLine)
                i = block.lastLine + 1
                continue
            }
            if content.hasPrefix("$$") {
                state.problems.append((noteLine, "display math opened with $$ is never closed"))
            }
            if content.includes("|"), i + 1 < lines.count,
               let table = tableBlock(lines, from: i, firstLine: firstLine, into: &state) {
                let quote = String(prefix.prefix { $0 == ">" || $0 == " " || $0 == "\t" })
                emit(quote.trimmingTrailingSpaces, noteLine)
                emit(prefix + Shielded.placeholder(table.index), noteLine)
                emit(quote.trimmingTrailingSpaces, noteLine)
                i = table.lastLine + 1
                continue
            }
            emit(prefix + shieldInline(content, line: noteLine, brackets: &brackets, into: &state), noteLine)
            i += 1
        }
        if let open = fence {
            state.problems.append((fenceLine, "code fence opened with \(String(repeating: open.marker, count: open.length)) is never closed"))
        }
        state.markdown = output.joined(separator: "\n")
        return state
    }

    private static func add(_ item: Shielded.Item, original: String, to state: inout Shielded) -> Int {
        state.items.append(item)
        state.originals.append(original)
        return state.items.count - 1
    }

    // MARK: - Containers and fences

    /// Splits a line into its container prefix (block-quote markers, indentation, a list marker) and content.
    static func splitContainer(_ line: String) -> (prefix: String, content: String) {
        // Bytes, not characters: every byte the prefix can hold is ASCII, so the split falls between
        // characters (and splitting each line into characters cost a tenth of parsing a note).
        let bytes = Array(line.utf8)
        func isBlank(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
        var i = 0
        while true {
            var j = i
            while j < bytes.count, isBlank(bytes[j]) { j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: ">") { i = j + 1 } else { i = j; break }
        }
        // An optional list marker: `-`, `*`, `+`, or digits followed by `.` or `)`, then a space.
        var j = i
        if j < bytes.count, bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: "*") || bytes[j] == UInt8(ascii: "+") {
            j += 1
        } else {
            while j < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]), j - i < 9 { j += 1 }
            if j > i, j < bytes.count, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: ")") { j += 1 } else { j = i }
        }
        if j > i, j < bytes.count, isBlank(bytes[j]) {
            i = j
            while i < bytes.count, isBlank(bytes[i]) { i += 1 }
        }
        return (String(decoding: bytes[..<i], as: UTF8.self), String(decoding: bytes[i...], as: UTF8.self))
    }

    /// Strips only block-quote markers and indentation (for continuation lines of a block).
    static func stripQuoteAndIndent(_ line: String) -> String {
        var rest = Substring(line)
        while true {
            let trimmed = rest.drop { $0 == " " || $0 == "\t" }
            if trimmed.first == ">" { rest = trimmed.dropFirst() } else { return String(trimmed) }
        }
    }

    /// The marker and length of a code fence that `content` opens with, if any.
    static func fenceRun(_ content: String) -> (marker: Character, length: Int)? {
        guard let first = content.first, first == "`" || first == "~" else { return nil }
        let length = content.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == "`" && content.dropFirst(length).includes("`") { return nil }
        return (first, length)
    }

    // MARK: - Display math

    /// A `$$ … $$` block starting at line `start`: the TeX, the text after the closing `$$`, the last line.
    private static func displayBlock(_ lines: [String], from start: Int, content: String)
        -> (tex: String, rest: String, lastLine: Int)? {
        let afterOpen = String(content.dropFirst(2))
        if let close = closingDollars(afterOpen) {
            return (String(afterOpen[..<close.lowerBound]), String(afterOpen[close.upperBound...]), start)
        }
        var tex = [afterOpen]
        var j = start + 1
        while j < lines.count {
            let text = stripQuoteAndIndent(lines[j])
            if let close = closingDollars(text) {
                tex.append(String(text[..<close.lowerBound]))
                return (tex.joined(separator: "\n"), String(text[close.upperBound...]), j)
            }
            tex.append(text)
            j += 1
        }
        return nil
    }

    /// The range of the first `$$` in `text` that is not escaped by a backslash.
    private static func closingDollars(_ text: String) -> Range<String.Index>? {
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "\\" {
                i = text.index(after: i)
                if i < text.endIndex { i = text.index(after: i) }
                continue
            }
            if text[i] == "$", text.index(after: i) < text.endIndex, text[text.index(after: i)] == "$" {
                return i..<text.index(i, offsetBy: 2)
            }
            i = text.index(after: i)
        }
        return nil
    }

    // MARK: - Inline spans

    /// Shields inline math, wiki links and embeds in one line of content, leaving code spans alone;
    /// `brackets` follows the paragraph's open `[` and `![` (see `OpenBrackets`).
    static func shieldInline(_ text: String, line: Int, brackets: inout OpenBrackets, into state: inout Shielded) -> String {
        guard text.includes("$") || text.includes("[") || text.includes("]") else { return text }
        let scan = LineScan(text)
        let chars = scan.chars
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "`" {
                let run = chars[i...].prefix { $0 == "`" }.count
                if let end = scan.backtickRun(length: run, from: i + run) {
                    out += scan[i..<end + run]
                    i = end + run
                } else {
                    out += String(repeating: "`", count: run)
                    i += run
                }
                continue
            }
            if c == "\\" {
                out.append(c)
                if i + 1 < chars.count { out.append(chars[i + 1]) }
                i += 2
                continue
            }
            if c == "$" {
                switch mathSpan(scan, at: i) {
                case .math(let tex, let display, let end):
                    let item: Shielded.Item = display ? .displayMath(tex: tex, line: line) : .inlineMath(tex: tex, line: line)
                    out += Shielded.placeholder(add(item, original: String(scan[i..<end]), to: &state))
                    i = end
                case .prices(let end):
                    state.warnings.append((line, "`\(scan[i..<end])` is kept as text: a digit after the closing `$` reads as prices; write \\$ for a dollar sign, or no digit right after a formula"))
                    out += scan[i..<end].replacingOccurrences(of: "$", with: "\\$")
                    i = end
                case .unpaired:
                    state.warnings.append((line, "a `$` with no closing `$` on its line is kept as a dollar sign; write \\$ to say so"))
                    out += "\\$"
                    i += 1
                case .text(let end):
                    out += scan[i..<end]
                    i = end
                }
                continue
            }
            if c == "[" || c == "!", let (item, end) = wikiSpan(chars, at: i, line: line) {
                out += Shielded.placeholder(add(item, original: String(scan[i..<end]), to: &state))
                i = end
                continue
            }
            if c == "!", i + 1 < chars.count, chars[i + 1] == "[" {
                let escape = brackets.isFull
                brackets.open(image: !escape)
                out += escape ? "\\![" : "!["
                i += 2
                continue
            }
            if c == "[" { brackets.open(image: false) }
            if c == "]" { brackets.close() }
            // This character and the ordinary ones after it, in one piece.
            var end = i + 1
            while end < chars.count, !Self.startsSpan(chars[end]) { end += 1 }
            out += scan[i..<end]
            i = end
        }
        return out
    }

    /// Whether `c` may start something `shieldInline` handles (code, an escape, math, a wiki link or
    /// embed, a bracket).
    private static func startsSpan(_ c: Character) -> Bool {
        c == "`" || c == "\\" || c == "$" || c == "[" || c == "!" || c == "]"
    }

    /// What a `$` starts.
    enum MathScan: Equatable {
        /// A formula and the position after it.
        case math(tex: String, display: Bool, end: Int)
        /// A `$…$` pair followed by a digit, read as amounts of money (`$5 and $10`); text up to `end`.
        case prices(end: Int)
        /// A single `$` with no partner on its line.
        case unpaired
        /// Not math, nothing to say (`$ $`, an unclosed `$$`); text up to `end`.
        case text(end: Int)
    }

    /// Math starting at a `$`, read as Typora reads it: `$$…$$` is display math; `$…$` pairs with the
    /// next `$` of the line, spaces inside allowed (`$ x_k $`), unless a digit follows the closing `$`.
    static func mathSpan(_ scan: LineScan, at start: Int) -> MathScan {
        let chars = scan.chars
        let display = start + 1 < chars.count && chars[start + 1] == "$"
        if !display {
            let close = scan.dollar(from: start + 1)
            guard close < chars.count else { return .unpaired }
            // `$a$$b$`: the `$$` is not a closing dollar.
            guard close + 1 >= chars.count || chars[close + 1] != "$" else { return .unpaired }
            let tex = String(scan[(start + 1)..<close])
            guard !tex.allSatisfy(\.isWhitespace) else { return .text(end: close + 1) }
            if close + 1 < chars.count, chars[close + 1].isNumber { return .prices(end: close + 1) }
            return .math(tex: tex.trimmingSpaces(), display: false, end: close + 1)
        }
        // At most one display scan per line fails (it would have found any later `$$`), so this is linear.
        var j = start + 2
        while j < chars.count {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "$", j + 1 < chars.count, chars[j + 1] == "$" {
                return .math(tex: String(scan[(start + 2)..<j]), display: true, end: j + 2)
            }
            j += 1
        }
        return .text(end: start + 2)
    }

    /// `[[target#heading|label]]` or `![[target]]` starting at `start`.
    private static func wikiSpan(_ chars: [Character], at start: Int, line: Int) -> (Shielded.Item, end: Int)? {
        let isEmbed = chars[start] == "!"
        let open = isEmbed ? start + 1 : start
        guard open + 1 < chars.count, chars[open] == "[", chars[open + 1] == "[" else { return nil }
        var j = open + 2
        while j + 1 < chars.count, !(chars[j] == "]" && chars[j + 1] == "]") {
            if chars[j] == "[" || chars[j] == "\n" { return nil }
            j += 1
        }
        guard j + 1 < chars.count else { return nil }
        let inner = String(chars[(open + 2)..<j])
        guard !inner.trimmingSpaces().isEmpty else { return nil }
        let parts = inner.split(separator: "|", maxSplits: 1).map(String.init)
        let label = parts.count > 1 ? parts[1].replacingOccurrences(of: "\\", with: "") : nil
        var target = parts[0].trimmingSpaces()
        if target.hasSuffix("\\") { target.removeLast() }
        if isEmbed { return (.embed(target: target, line: line), j + 2) }
        let hashParts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let heading = hashParts.count > 1 ? hashParts[1] : nil
        return (.wikiLink(target: hashParts[0], heading: heading, label: label, line: line), j + 2)
    }

    // MARK: - Tables

    /// A pipe table whose header is line `start`: shields it and returns its item index and last line.
    private static func tableBlock(_ lines: [String], from start: Int, firstLine: Int,
                                   into state: inout Shielded) -> (index: Int, lastLine: Int)? {
        let delimiter = stripQuoteAndIndent(lines[start + 1])
        guard delimiter.includes("|") || delimiter.includes("-"),
              let alignments = alignments(delimiter) else { return nil }
        let headerLine = splitContainer(lines[start]).content
        // Each cell is parsed on its own, so the table's brackets are counted apart from the paragraph's.
        var brackets = OpenBrackets()
        let itemCount = state.items.count
        let header = cells(shieldInline(headerLine, line: firstLine + start, brackets: &brackets, into: &state))
        guard header.count == alignments.count else {
            state.items.removeSubrange(itemCount...)
            state.originals.removeSubrange(itemCount...)
            return nil
        }
        var rows: [[String]] = []
        var j = start + 2
        while j < lines.count {
            let text = stripQuoteAndIndent(lines[j])
            if text.trimmingSpaces().isEmpty || !text.includes("|") { break }
            var row = cells(shieldInline(text, line: firstLine + j, brackets: &brackets, into: &state))
            row = Array(row.prefix(alignments.count)) + Array(repeating: "", count: Swift.max(0, alignments.count - row.count))
            rows.append(row)
            j += 1
        }
        let original = lines[start..<j].joined(separator: "\n")
        let index = add(.table(alignments: alignments, header: header, rows: rows, line: firstLine + start),
                        original: original, to: &state)
        return (index, j - 1)
    }

    /// The alignments of a delimiter row such as `| :--- | :---: | ---: |`, or nil if it is not one.
    static func alignments(_ row: String) -> [Table.Alignment]? {
        let parts = cells(row)
        guard !parts.isEmpty else { return nil }
        var result: [Table.Alignment] = []
        for part in parts {
            let p = part.trimmingSpaces()
            let core = p.trimmingCharacters(in: CharacterSet(charactersIn: ":"))
            guard !core.isEmpty, core.allSatisfy({ $0 == "-" }) else { return nil }
            switch (p.hasPrefix(":"), p.hasSuffix(":")) {
            case (true, true): result.append(.center)
            case (true, false): result.append(.left)
            case (false, true): result.append(.right)
            default: result.append(.none)
            }
        }
        return result
    }

    /// The cells of a table row, split on unescaped `|`, without the outer pipes, trimmed.
    static func cells(_ row: String) -> [String] {
        var trimmed = Substring(row.trimmingSpaces())
        if trimmed.hasPrefix("|") { trimmed = trimmed.dropFirst() }
        if trimmed.hasSuffix("|") && !trimmed.hasSuffix("\\|") { trimmed = trimmed.dropLast() }
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for c in trimmed {
            if c == "|" && previous != "\\" {
                result.append(current.trimmingSpaces())
                current = ""
            } else if c == "|" {
                current.removeLast()
                current.append(c)
            } else {
                current.append(c)
            }
            previous = c
        }
        result.append(current.trimmingSpaces())
        return result
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        String(self.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
