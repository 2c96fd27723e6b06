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
        blocks.forEachBlock { block in
            if case .heading(_, _, let id, _) = block { ids.append(id) }
        }
        return ids
    }

    /// The note's cells in order.
    public var cells: [Cell] {
        var found: [Cell] = []
        blocks.forEachBlock { block in
            if case .cell(let cell) = block { found.append(cell) }
        }
        return found
    }
}
