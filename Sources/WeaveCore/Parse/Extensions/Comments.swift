/// Removes comments before the note is parsed: Obsidian's `%%…%%` and HTML's `<!--…-->`, within a line
/// or across lines, so that neither shows on the page nor turns the text around it into raw HTML.
///
/// Fenced code, display math between `$$` lines and inline code spans keep their comments. Every line of
/// the note stays a line (the lines inside a comment become empty, keeping the opening line's `>`
/// markers), so later line numbers are the note's. A comment that is never closed is kept as text and is
/// a warning at its line; an HTML one is escaped, as a browser would hide the rest of the page.
enum Comments {
    struct Result {
        var text: String
        var problems: [(line: Int, message: String)]
    }

    private struct Kind {
        let open: [Character]
        let close: [Character]
        let name: String
    }

    private static let kinds = [
        Kind(open: Array("%%"), close: Array("%%"), name: "an Obsidian comment opened with %%"),
        Kind(open: Array("<!--"), close: Array("-->"), name: "an HTML comment opened with <!--"),
    ]

    /// A comment left open at the end of a line: its kind and the `>` markers of the line it opened on.
    private struct Open {
        let kind: Int
        let quoteDepth: Int
    }

    /// `body` without its comments; its first line is line `firstLine` of the note.
    static func strip(_ body: String, firstLine: Int) -> Result {
        guard body.includes("%%") || body.includes("<!--") else { return Result(text: body, problems: []) }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // For each kind, the last line holding its closer: a comment left open after that line never closes.
        var lastCloser = [Int](repeating: -1, count: kinds.count)
        for (k, line) in lines.enumerated() {
            for (n, kind) in kinds.enumerated() where line.includes(String(kind.close)) { lastCloser[n] = k }
        }
        var result = Result(text: "", problems: [])
        var out: [String] = []
        var fences = FenceTracker()
        var inMath = false
        var open: Open?
        for (k, line) in lines.enumerated() {
            if open == nil {
                if fences.isCode(line) { out.append(line); continue }
                if inMath {
                    if line.includes("$$") { inMath = false }
                    out.append(line)
                    continue
                }
                let content = Shielder.splitContainer(line).content
                if content.hasPrefix("$$") {
                    inMath = !content.dropFirst(2).includes("$$")
                    out.append(line)
                    continue
                }
            }
            var problems: [String] = []
            out.append(stripLine(Array(line), at: k, open: &open, lastCloser: lastCloser, problems: &problems))
            result.problems += problems.map { (firstLine + k, $0) }
        }
        result.text = out.joined(separator: "\n")
        return result
    }

    /// One line without its comments; `open` is the comment open since an earlier line, and on return
    /// the one still open at the end of this line.
    private static func stripLine(_ chars: [Character], at lineIndex: Int, open: inout Open?, lastCloser: [Int],
                                  problems: inout [String]) -> String {
        var out = ""
        var i = 0
        var cutAtEnd = false
        if let comment = open {
            out = quotePrefix(chars, depth: comment.quoteDepth)
            guard let end = find(kinds[comment.kind].close, in: chars, from: 0) else { return trimmedEnd(out) }
            i = end + kinds[comment.kind].close.count
            open = nil
            cutAtEnd = i == chars.count
        }
        var scan: LineScan?
        var unclosedHere = [Bool](repeating: false, count: kinds.count)   // no closer left on this line
        while i < chars.count {
            let c = chars[i]
            if c == "`" {   // a code span keeps what it holds
                let run = chars[i...].prefix { $0 == "`" }.count
                if scan == nil { scan = LineScan(String(chars)) }
                let end = scan!.backtickRun(length: run, from: i + run).map { $0 + run } ?? i + run
                out += String(chars[i..<end])
                i = end
                continue
            }
            if c == "\\" {
                out += String(chars[i..<min(i + 2, chars.count)])
                i += 2
                continue
            }
            guard let n = kinds.indices.first(where: { chars[i...].starts(with: kinds[$0].open) }) else {
                out.append(c)
                i += 1
                continue
            }
            let kind = kinds[n]
            let after = i + kind.open.count
            if !unclosedHere[n], let end = find(kind.close, in: chars, from: after) {
                // `<!-- check: … -->` after a formula is an instruction to weave (FormulaChecks), not a comment.
                if n == 1, FormulaCheckComment.isCheckComment(String(chars[i..<(end + kind.close.count)])) {
                    out += String(chars[i..<(end + kind.close.count)])
                    i = end + kind.close.count
                    continue
                }
                i = end + kind.close.count
                cutAtEnd = i == chars.count
                continue
            }
            if lastCloser[n] > lineIndex {
                open = Open(kind: n, quoteDepth: chars.prefix { $0 == " " || $0 == "\t" || $0 == ">" }.filter { $0 == ">" }.count)
                return trimmedEnd(out)
            }
            if !unclosedHere[n] { problems.append("\(kind.name) is never closed; it is shown as text") }   // once a line
            unclosedHere[n] = true
            out += (n == 1 ? "\\" : "") + String(kind.open)
            i = after
        }
        return cutAtEnd ? trimmedEnd(out) : out
    }

    /// The first position at or after `start` where `needle` occurs in `chars`.
    private static func find(_ needle: [Character], in chars: [Character], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= chars.count {
            if chars[i] == needle[0], chars[i...].starts(with: needle) { return i }
            i += 1
        }
        return nil
    }

    /// The line's leading spaces and `>` markers, up to and including the `depth`-th marker.
    private static func quotePrefix(_ chars: [Character], depth: Int) -> String {
        guard depth > 0 else { return "" }
        var markers = 0
        var i = 0
        while i < chars.count, chars[i] == " " || chars[i] == "\t" || chars[i] == ">" {
            if chars[i] == ">" {
                markers += 1
                if markers == depth { return String(chars[...i]) + " " }
            }
            i += 1
        }
        return ""
    }

    /// `text` without trailing spaces and tabs, which would otherwise make a hard line break.
    private static func trimmedEnd(_ text: String) -> String {
        var text = text
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
