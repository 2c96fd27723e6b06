/// Rewrites inline content in document order, each inline before what it holds.
///
/// A rewriter overrides `rewrite(_:)` for an inline (what replaces it) or for a run of sibling inlines
/// (to see neighbours, or to merge text first), and goes into a span with `rewritingChildren(of:)` where it
/// wants to: text extensions leave a link's text alone, for instance. Spans are reached through
/// `Inline.children` alone, so a rewriter never lists the span kinds. It is the rewriting use of the
/// traversal `DocumentWalker` walks; blocks are rewritten with `[Block].rewritten` and `mappingInlines`.
/// It recurses once per level of spans, which the parser caps (`TreeBuilder.maxDepth`).
public protocol InlineRewriter {
    /// The inlines that replace `inline`; the default keeps it, with what it holds rewritten.
    mutating func rewrite(_ inline: Inline) -> [Inline]
    /// The inlines that replace a run of siblings (a paragraph's content, a span's content); the default
    /// rewrites each inline in turn.
    mutating func rewrite(_ run: [Inline]) -> [Inline]
}

extension InlineRewriter {
    public mutating func rewrite(_ inline: Inline) -> [Inline] {
        [rewritingChildren(of: inline)]
    }

    public mutating func rewrite(_ run: [Inline]) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(run.count)
        for inline in run { out += rewrite(inline) }
        return out
    }

    /// `inline` with the run it holds rewritten (by `rewrite(_:)` on the run); a kind that holds no inlines
    /// is returned as it is.
    public mutating func rewritingChildren(of inline: Inline) -> Inline {
        guard let children = inline.children else { return inline }
        return inline.withChildren(rewrite(children))
    }
}

extension Array where Element == Inline {
    /// Rewrites every inline, innermost first: `transform` sees inlines whose content is already rewritten
    /// and returns the inlines that replace it, like `[Block].rewritten`.
    public func rewritten(_ transform: (Inline) -> [Inline]) -> [Inline] {
        flatMap { inline in transform(inline.children.map { inline.withChildren($0.rewritten(transform)) } ?? inline) }
    }

    /// Rewrites this run and every run inside its spans, innermost first: `transform` sees a run whose
    /// spans' content is already rewritten.
    public func rewrittenRuns(_ transform: ([Inline]) -> [Inline]) -> [Inline] {
        transform(map { inline in inline.children.map { inline.withChildren($0.rewrittenRuns(transform)) } ?? inline })
    }
}
