/// `~~strikethrough~~` and `==highlight==`, and the emphasis cmark leaves as text next to Chinese
/// punctuation (`**归到某一边：**反正`): pairs of delimiters in text become spans.
///
/// An opening delimiter must be followed by a non-space and a closing one preceded by a non-space,
/// so `a == b` in prose stays text. A delimiter without a partner stays text. This is the rule
/// markdown-it's cjk-friendly plugin and the CommonMark CJK proposal follow: CommonMark's flanking rule
/// fails when the character beside a delimiter is full-width punctuation, so cmark leaves `**` there
/// as text, and Typora and Obsidian show bold. `_` between two letters or digits of a word (`snake_case`)
/// is never a delimiter.
enum DelimitedSpans {
    static func apply(_ blocks: [Block]) -> [Block] {
        blocks.mappingInlines { inlines in
            // Pairing merges neighbouring text at every level it visits; merging once up front lets a pass
            // whose delimiter appears nowhere be skipped with the same result.
            var out = mergedWithin(inlines)
            for (delimiter, wrap) in passes where holds(out, delimiter) { out = pairAll(out, delimiter, wrap) }
            return restoringWordUnderscores(out)
        }
    }

    /// The delimiters in the order they are paired (longer before shorter), with the span each makes.
    private static let passes: [(String, @Sendable ([Inline]) -> Inline)] = [
        ("~~", { .strikethrough($0) }), ("==", { .highlight($0) }), ("**", { .strong($0) }), ("__", { .strong($0) }),
        ("*", { .emphasis($0) }), ("_", { .emphasis($0) }),
    ]

    /// `inlines` with neighbouring text merged, in this list and in the spans inside it.
    private static func mergedWithin(_ inlines: [Inline]) -> [Inline] {
        inlines.rewrittenRuns { $0.mergingText }
    }

    /// Whether `delimiter` occurs in the text of this list or of the spans inside it.
    private static func holds(_ inlines: [Inline], _ delimiter: String) -> Bool {
        var finder = DelimiterFinder(delimiter: delimiter)
        finder.walk(inlines)
        return finder.found
    }

    /// Looks for a delimiter in text, and goes into no more spans once it is found.
    private struct DelimiterFinder: DocumentWalker {
        let delimiter: String
        var found = false

        mutating func visit(_ inline: Inline) -> WalkAction {
            if !found, case .text(let s) = inline, s.includes(delimiter) { found = true }
            return found ? .skipChildren : .visitChildren
        }
    }

    /// Stands for a `_` inside a word while underscores are paired.
    private static let wordUnderscore = "\u{E0FF}"

    private static func restoringWordUnderscores(_ inlines: [Inline]) -> [Inline] {
        var restorer = WordUnderscores()
        return restorer.rewrite(inlines)
    }

    /// Puts back the `_` hidden inside words, one for one (no inline becomes several).
    private struct WordUnderscores: InlineRewriter {
        mutating func rewrite(_ run: [Inline]) -> [Inline] {
            run.map { inline in
                guard case .text(let s) = inline, s.includes(wordUnderscore) else { return rewritingChildren(of: inline) }
                return .text(s.replacingOccurrences(of: wordUnderscore, with: "_"))
            }
        }
    }

    /// `text` with each `_` between two ASCII letters or digits hidden from pairing.
    private static func hidingWordUnderscores(_ text: String) -> String {
        guard text.includes("_") else { return text }
        let chars = Array(text)
        var out = ""
        for (k, c) in chars.enumerated() {
            let inWord = c == "_" && k > 0 && k + 1 < chars.count
                && chars[k - 1].isASCII && (chars[k - 1].isLetter || chars[k - 1].isNumber)
                && chars[k + 1].isASCII && (chars[k + 1].isLetter || chars[k + 1].isNumber)
            out += inWord ? wordUnderscore : String(c)
        }
        return out
    }

    /// Pairs `delimiter` in this list and in the spans inside it, innermost first.
    ///
    /// This is `rewrittenRuns { pair($0, delimiter, wrap) }` written out: captured by that closure, `wrap` (a
    /// closure kept in `passes`) took a context allocated on the heap for every pass over every run, 12,300
    /// allocations in a warm rebuild of the bench course.
    static func pairAll(_ inlines: [Inline], _ delimiter: String, _ wrap: ([Inline]) -> Inline) -> [Inline] {
        let inner = inlines.map { inline in inline.children.map { inline.withChildren(pairAll($0, delimiter, wrap)) } ?? inline }
        return pair(inner, delimiter, wrap)
    }

    private enum Token { case node(Inline), delimiter }

    private static func pair(_ inlines: [Inline], _ delimiter: String, _ wrap: ([Inline]) -> Inline) -> [Inline] {
        var tokens: [Token] = []
        for inline in inlines.mergingText {
            guard case .text(let raw) = inline, raw.includes(delimiter) else { tokens.append(.node(inline)); continue }
            let text = delimiter == "_" ? hidingWordUnderscores(raw) : raw
            for (k, part) in text.pieces(separatedBy: delimiter).enumerated() {
                if k > 0 { tokens.append(.delimiter) }
                if !part.isEmpty { tokens.append(.node(.text(part))) }
            }
        }
        var out: [Inline] = []
        var open: [Inline]?
        for (k, token) in tokens.enumerated() {
            switch token {
            case .node(let inline):
                if open != nil { open!.append(inline) } else { out.append(inline) }
            case .delimiter:
                if let content = open {
                    if !content.isEmpty, !endsWithSpace(content) {
                        out.append(wrap(content.mergingText))
                        open = nil
                    } else {
                        open!.append(.text(delimiter))
                    }
                } else if k + 1 < tokens.count, case .node(let next) = tokens[k + 1], !startsWithSpace(next) {
                    open = []
                } else {
                    out.append(.text(delimiter))
                }
            }
        }
        if let content = open { out.append(.text(delimiter)); out += content }
        return out.mergingText
    }

    private static func startsWithSpace(_ inline: Inline) -> Bool {
        if case .text(let s) = inline { return s.first?.isWhitespace ?? true }
        return inline == .softBreak || inline == .lineBreak
    }

    private static func endsWithSpace(_ inlines: [Inline]) -> Bool {
        guard let last = inlines.last else { return true }
        if case .text(let s) = last { return s.last?.isWhitespace ?? true }
        return last == .softBreak || last == .lineBreak
    }
}
