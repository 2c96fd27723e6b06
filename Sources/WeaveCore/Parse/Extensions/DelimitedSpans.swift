/// `~~strikethrough~~` and `==highlight==`: pairs of delimiters in text become spans.
///
/// An opening delimiter must be followed by a non-space and a closing one preceded by a non-space,
/// so `a == b` in prose stays text. A delimiter without a partner stays text.
enum DelimitedSpans {
    static func apply(_ blocks: [Block]) -> [Block] {
        blocks.mappingInlines { inlines in
            pairAll(pairAll(inlines, "~~", Inline.strikethrough), "==", Inline.highlight)
        }
    }

    /// Pairs `delimiter` in this list and, recursively, inside its containers.
    static func pairAll(_ inlines: [Inline], _ delimiter: String, _ wrap: ([Inline]) -> Inline) -> [Inline] {
        let inner = inlines.map { inline -> Inline in
            switch inline {
            case .emphasis(let c): return .emphasis(pairAll(c, delimiter, wrap))
            case .strong(let c): return .strong(pairAll(c, delimiter, wrap))
            case .strikethrough(let c): return .strikethrough(pairAll(c, delimiter, wrap))
            case .highlight(let c): return .highlight(pairAll(c, delimiter, wrap))
            case .link(let d, let t, let c): return .link(destination: d, title: t, pairAll(c, delimiter, wrap))
            default: return inline
            }
        }
        return pair(inner, delimiter, wrap)
    }

    private enum Token { case node(Inline), delimiter }

    private static func pair(_ inlines: [Inline], _ delimiter: String, _ wrap: ([Inline]) -> Inline) -> [Inline] {
        var tokens: [Token] = []
        for inline in inlines.mergingText {
            guard case .text(let text) = inline, text.includes(delimiter) else { tokens.append(.node(inline)); continue }
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
