extension Array where Element == Block {
    /// Rewrites every block, innermost first: `transform` sees blocks whose children are already rewritten
    /// and returns the blocks that replace it (none, one, or several).
    public func rewritten(_ transform: (Block) -> [Block]) -> [Block] {
        flatMap { block -> [Block] in
            switch block {
            case .quote(let inner, let line):
                return transform(.quote(inner.rewritten(transform), line: line))
            case .callout(let kind, let title, let fold, let inner, let line):
                return transform(.callout(kind: kind, title: title, fold: fold, inner.rewritten(transform), line: line))
            case .footnotes(let notes, let line):
                let rewritten = notes.map { note -> Footnote in
                    var note = note
                    note.blocks = note.blocks.rewritten(transform)
                    return note
                }
                return transform(.footnotes(rewritten, line: line))
            case .list(let ordered, let start, let tight, let items, let line):
                return transform(.list(ordered: ordered, start: start, tight: tight,
                                       items: items.map { $0.rewritten(transform) }, line: line))
            default:
                return transform(block)
            }
        }
    }

    /// Applies `transform` to every run of inline content (paragraphs, headings, titles, table cells).
    public func mappingInlines(_ transform: ([Inline]) -> [Inline]) -> [Block] {
        rewritten { block in
            switch block {
            case .paragraph(let inlines, let line):
                return [.paragraph(transform(inlines), line: line)]
            case .heading(let level, let inlines, let id, let line):
                return [.heading(level: level, transform(inlines), id: id, line: line)]
            case .callout(let kind, let title, let fold, let inner, let line):
                return [.callout(kind: kind, title: transform(title), fold: fold, inner, line: line)]
            case .table(var table, let line):
                table.header = table.header.map(transform)
                table.rows = table.rows.map { $0.map(transform) }
                return [.table(table, line: line)]
            default:
                return [block]
            }
        }
    }
}

extension Array where Element == Inline {
    /// Rewrites every inline, innermost first, like `[Block].rewritten`.
    public func rewritten(_ transform: (Inline) -> [Inline]) -> [Inline] {
        flatMap { inline -> [Inline] in
            transform(inline.children.map { inline.withChildren($0.rewritten(transform)) } ?? inline)
        }
    }

    /// Joins adjacent text nodes (cmark splits text at `[`, `!` and similar characters).
    public var mergingText: [Inline] {
        guard indices.dropFirst().contains(where: { self[$0].isText && self[$0 - 1].isText }) else { return self }
        var result: [Inline] = []
        var text: String?
        for inline in self {
            if case .text(let s) = inline {
                if text == nil { text = s } else { text! += s }   // appended in place: linear in the total
            } else {
                if let pending = text { result.append(.text(pending)); text = nil }
                result.append(inline)
            }
        }
        if let pending = text { result.append(.text(pending)) }
        return result
    }
}

extension Inline {
    /// The inlines inside a span (emphasis, strong, strikethrough, highlight, a link's text); nil for the
    /// kinds that hold no inlines. Walks of the inline tree go through this and `withChildren`, so a new
    /// span kind is added here once.
    public var children: [Inline]? {
        switch self {
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .highlight(let c), .link(_, _, let c): return c
        default: return nil
        }
    }

    /// This span with its inlines replaced by `children`; a kind that holds no inlines is returned as it is.
    public func withChildren(_ children: [Inline]) -> Inline {
        switch self {
        case .emphasis: return .emphasis(children)
        case .strong: return .strong(children)
        case .strikethrough: return .strikethrough(children)
        case .highlight: return .highlight(children)
        case .link(let destination, let title, _): return .link(destination: destination, title: title, children)
        default: return self
        }
    }

    /// Whether this is plain text.
    var isText: Bool {
        if case .text = self { return true }
        return false
    }
}
