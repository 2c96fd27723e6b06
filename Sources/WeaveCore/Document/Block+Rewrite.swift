extension Array where Element == Block {
    /// Rewrites every block, innermost first: `transform` sees blocks whose children are already rewritten
    /// and returns the blocks that replace it (none, one, or several).
    ///
    /// Nested blocks are reached through `Block.mappingChildBlocks`; inline content is left to `mappingInlines`.
    /// Blocks that hold no blocks reach `transform` in document order.
    public func rewritten(_ transform: (Block) -> [Block]) -> [Block] {
        flatMap { block in transform(block.mappingChildBlocks { $0.rewritten(transform) }) }
    }

    /// Applies `transform` to every run of inline content (paragraphs, headings, callout titles, table
    /// cells; see `Block.inlineRuns`), nested blocks included.
    public func mappingInlines(_ transform: ([Inline]) -> [Inline]) -> [Block] {
        rewritten { [$0.mappingInlineRuns(transform)] }
    }
}

extension Array where Element == Inline {
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
    /// Whether this is plain text.
    var isText: Bool {
        if case .text = self { return true }
        return false
    }
}
