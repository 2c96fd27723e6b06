/// Builds weave's blocks from a stream of "open", "add" and "close" steps, with a stack instead of recursion.
///
/// Containers nested deeper than `maxDepth` are flattened: a quote, list, emphasis, link or image that
/// would open below that depth is left out and its content joins the innermost container kept. Later
/// passes over the tree (rewrites, rendering, equality, even freeing it) recurse once per level (only
/// `DocumentWalker` keeps a stack of its own), so this cap is what keeps 50,000 nested `>` from
/// overflowing a thread's stack. cmark itself walks its tree without recursion. The first line where
/// content was flattened is kept for a warning.
struct TreeBuilder {
    /// Open containers (paragraphs and list items included) allowed at once; real notes use about ten.
    static let maxDepth = 100

    /// What an opened node becomes when it closes.
    enum Container {
        case quote(line: Int)
        case list(ordered: Bool, start: Int, tight: Bool, line: Int)
        case item
        case paragraph(line: Int)
        case heading(level: Int, line: Int)
        case emphasis, strong
        case link(destination: String, title: String)
        case image(source: String, title: String)

        /// Containers that may nest without bound and so are flattened past `maxDepth`.
        var nests: Bool {
            switch self {
            case .item, .paragraph, .heading: return false
            default: return true
            }
        }
    }

    /// An open container and the content collected for it so far.
    private struct Frame {
        var container: Container?
        var blocks: [Block] = []
        var items: [[Block]] = []
        var inlines: [Inline] = []
    }

    /// The containers kept, the document's frame first.
    private var frames = [Frame(container: nil)]
    /// For every opened node still open, whether it has a frame (false: flattened).
    private var kept: [Bool] = []
    /// The note line of the block being built, for the flattening warning.
    var line = 1
    /// The first line where content nested too deep was flattened.
    private(set) var flattenedLine: Int?

    /// The top-level blocks built so far.
    var blocks: [Block] { frames[0].blocks }

    /// Opens a container; nil opens one that is always flattened (a node kind weave does not know).
    mutating func open(_ container: Container?) {
        let parentKept = kept.last ?? true
        let keep: Bool
        switch container {
        case nil: keep = false
        case .item?: keep = parentKept
        case let c?: keep = !c.nests || frames.count < Self.maxDepth
        }
        if !keep, container != nil, flattenedLine == nil { flattenedLine = line }
        kept.append(keep)
        if keep { frames.append(Frame(container: container)) }
    }

    /// Closes the node opened last, turning its frame into a block or an inline of the one below.
    mutating func close() {
        guard kept.popLast() == true, frames.count > 1 else { return }
        let frame = frames.removeLast()
        switch frame.container {
        case nil: break   // only the document's frame, which never closes
        case .quote(let line)?: add(.quote(frame.blocks, line: line))
        case .list(let ordered, let start, let tight, let line)?:
            add(.list(ordered: ordered, start: start, tight: tight, items: frame.items, line: line))
        case .item?: frames[frames.count - 1].items.append(frame.blocks)
        case .paragraph(let line)?: add(.paragraph(frame.inlines, line: line))
        case .heading(let level, let line)?: add(.heading(level: level, frame.inlines, id: "", line: line))
        case .emphasis?: add(.emphasis(frame.inlines))
        case .strong?: add(.strong(frame.inlines))
        case .link(let destination, let title)?: add(.link(destination: destination, title: title, frame.inlines))
        case .image(let source, let title)?: add(.image(source: source, title: title, alt: frame.inlines.plainText))
        }
    }

    /// Adds a block to the innermost kept container.
    mutating func add(_ block: Block) {
        frames[frames.count - 1].blocks.append(block)
    }

    /// Adds an inline to the innermost kept container.
    mutating func add(_ inline: Inline) {
        frames[frames.count - 1].inlines.append(inline)
    }
}
