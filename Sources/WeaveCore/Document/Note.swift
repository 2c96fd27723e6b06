/// A parsed note: its source, its blocks, and what the later stages need to know about it.
public struct Note: Sendable {
    public var source: SourceFile
    public var blocks: [Block]
    /// The title from front matter, else the first heading, else the file name.
    public var title: String
    /// Problems found while parsing (unknown cell options, unterminated math, …).
    public var diagnostics: [Diagnostic]

    /// The anchor ids of the note's headings, in order.
    public var headingIDs: [String] {
        var ids: [String] = []
        _ = blocks.rewritten { block in
            if case .heading(_, _, let id, _) = block { ids.append(id) }
            return [block]
        }
        return ids
    }

    /// The note's cells in order.
    public var cells: [Cell] {
        var found: [Cell] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .cell(let cell): found.append(cell)
                case .quote(let inner, _), .callout(_, _, _, let inner, _): visit(inner)
                case .list(_, _, _, let items, _): items.forEach(visit)
                case .footnotes(let notes, _): notes.forEach { visit($0.blocks) }
                default: continue
                }
            }
        }
        visit(blocks)
        return found
    }
}
