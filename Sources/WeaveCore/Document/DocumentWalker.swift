/// What a walk does after visiting a node: go on into what the node holds, or past it.
public enum WalkAction: Sendable {
    case visitChildren, skipChildren
}

/// A read-only visit of a document's blocks and inlines in document order, each node before what it holds.
///
/// A walker overrides the `visit` methods for the nodes it looks at; the defaults visit everything. Nested
/// nodes are reached through `Block.childBlocks`, `Block.inlineRuns` and `Inline.children` alone, so a walker
/// never lists the container kinds. The rewriting use of the same traversal is `[Block].rewritten` and
/// `InlineRewriter`. The walk keeps its own stack instead of recursing, so no input can overflow the
/// thread's stack.
public protocol DocumentWalker {
    /// Visits a block before its inlines and blocks; returns whether to visit them.
    mutating func visit(_ block: Block) -> WalkAction
    /// Visits an inline before the inlines it holds; returns whether to visit them.
    mutating func visit(_ inline: Inline) -> WalkAction
    /// Whether the walk goes into inline content at all; false for walks that look at blocks only.
    var visitsInlines: Bool { get }
}

extension DocumentWalker {
    public mutating func visit(_ block: Block) -> WalkAction { .visitChildren }
    public mutating func visit(_ inline: Inline) -> WalkAction { .visitChildren }
    public var visitsInlines: Bool { true }

    /// Visits `blocks` and everything in them: a block, then its inline runs (a callout's title), then its
    /// blocks (the callout's body, each list item, each footnote).
    ///
    /// The lists not yet finished wait on a stack with the place to resume, as in `walk(_ inlines:)`.
    public mutating func walk(_ blocks: [Block]) {
        var list = blocks
        var next = 0
        var waiting: [(blocks: [Block], next: Int)] = []
        while true {
            guard next < list.count else {
                guard let resume = waiting.popLast() else { return }
                (list, next) = resume
                continue
            }
            let block = list[next]
            next += 1
            guard visit(block) == .visitChildren else { continue }
            if visitsInlines {
                for run in block.inlineRuns { walk(run) }   // inlines hold no blocks: done before the blocks
            }
            let children = block.childBlocks
            guard !children.isEmpty else { continue }
            waiting.append((list, next))
            for blocks in children.reversed() { waiting.append((blocks, 0)) }
            (list, next) = waiting.removeLast()
        }
    }

    /// Visits `inlines` and the inlines inside them.
    ///
    /// The lists not yet finished wait on a stack with the place to resume; a run without spans (plain
    /// text) is walked without allocating.
    public mutating func walk(_ inlines: [Inline]) {
        var list = inlines
        var next = 0
        var waiting: [(inlines: [Inline], next: Int)] = []
        while true {
            guard next < list.count else {
                guard let resume = waiting.popLast() else { return }
                (list, next) = resume
                continue
            }
            let inline = list[next]
            next += 1
            guard visit(inline) == .visitChildren, let children = inline.children else { continue }
            waiting.append((list, next))
            (list, next) = (children, 0)
        }
    }
}

extension Array where Element == Block {
    /// Calls `body` on every block in document order, the blocks nested in quotes, callouts, lists and
    /// footnotes included (a walk that skips inline content).
    public func forEachBlock(_ body: (Block) -> Void) {
        withoutActuallyEscaping(body) { body in
            var walker = BlockVisitor(body: body)
            walker.walk(self)
        }
    }
}

/// The walker behind `forEachBlock`.
private struct BlockVisitor: DocumentWalker {
    let body: (Block) -> Void
    var visitsInlines: Bool { false }

    mutating func visit(_ block: Block) -> WalkAction {
        body(block)
        return .visitChildren
    }
}
