extension Block {
    /// The lists of blocks this block holds: a quote's or callout's body, each list item, each footnote's
    /// content; empty for the kinds that hold no blocks.
    ///
    /// Walks and rewrites reach nested blocks through this and `mappingChildBlocks(_:)` only, and inline
    /// content through `inlineRuns` and `mappingInlineRuns(_:)`, so a new container kind is added here once.
    public var childBlocks: [[Block]] {
        switch self {
        case .quote(let inner, _), .callout(_, _, _, let inner, _): return [inner]
        case .list(_, _, _, let items, _): return items
        case .footnotes(let notes, _): return notes.map(\.blocks)
        case .paragraph, .heading, .code, .cell, .displayMath, .table, .html, .thematicBreak: return []
        }
    }

    /// This block with `transform` applied to each of its lists of blocks, in order; a kind that holds no
    /// blocks is returned as it is.
    public func mappingChildBlocks(_ transform: ([Block]) throws -> [Block]) rethrows -> Block {
        switch self {
        case .quote(let inner, let line):
            return .quote(try transform(inner), line: line)
        case .callout(let kind, let title, let fold, let inner, let line):
            return .callout(kind: kind, title: title, fold: fold, try transform(inner), line: line)
        case .list(let ordered, let start, let tight, let items, let line):
            return .list(ordered: ordered, start: start, tight: tight, items: try items.map(transform), line: line)
        case .footnotes(var notes, let line):
            for k in notes.indices { notes[k].blocks = try transform(notes[k].blocks) }
            return .footnotes(notes, line: line)
        case .paragraph, .heading, .code, .cell, .displayMath, .table, .html, .thematicBreak:
            return self
        }
    }

    /// The runs of inline content this block holds, in reading order: a paragraph's or heading's content,
    /// a callout's title, a table's cells (the header's, then row by row); empty for the other kinds.
    public var inlineRuns: [[Inline]] {
        switch self {
        case .paragraph(let inlines, _), .heading(_, let inlines, _, _): return [inlines]
        case .callout(_, let title, _, _, _): return [title]
        case .table(let table, _): return table.header + table.rows.joined()
        case .code, .cell, .displayMath, .quote, .list, .html, .thematicBreak, .footnotes: return []
        }
    }

    /// This block with `transform` applied to each of its runs of inline content, in reading order; a kind
    /// that holds no inlines is returned as it is.
    public func mappingInlineRuns(_ transform: ([Inline]) throws -> [Inline]) rethrows -> Block {
        switch self {
        case .paragraph(let inlines, let line):
            return .paragraph(try transform(inlines), line: line)
        case .heading(let level, let inlines, let id, let line):
            return .heading(level: level, try transform(inlines), id: id, line: line)
        case .callout(let kind, let title, let fold, let inner, let line):
            return .callout(kind: kind, title: try transform(title), fold: fold, inner, line: line)
        case .table(var table, let line):
            table.header = try table.header.map(transform)
            table.rows = try table.rows.map { try $0.map(transform) }
            return .table(table, line: line)
        case .code, .cell, .displayMath, .quote, .list, .html, .thematicBreak, .footnotes:
            return self
        }
    }
}
