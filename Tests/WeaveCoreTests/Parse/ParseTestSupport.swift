import Foundation
import Synchronization
@testable import WeaveCore

/// Parses Markdown text as a note called `test.md`.
func parse(_ markdown: String) -> Note {
    let source = try! NoteLoader.load(Data(markdown.utf8), displayPath: "notes/test.md", relativePath: "test.md")
    return NoteParser.parse(source)
}

/// Every math node in a note, in order, as (tex, display).
func mathNodes(_ note: Note) -> [(tex: String, display: Bool)] {
    var finder = MathFinder()
    finder.walk(note.blocks)
    return finder.found
}

/// The walk behind `mathNodes`.
private struct MathFinder: DocumentWalker {
    var found: [(tex: String, display: Bool)] = []

    mutating func visit(_ block: Block) -> WalkAction {
        if case .displayMath(let tex, _) = block { found.append((tex, true)) }
        return .visitChildren
    }

    mutating func visit(_ inline: Inline) -> WalkAction {
        if case .math(let tex, let display, _) = inline { found.append((tex, display)) }
        return .visitChildren
    }
}

/// Loads, parses and renders `markdown` as `notes/test.md`; math is "typeset" by echoing the TeX, so no
/// KaTeX is needed, and links resolve in an empty notes folder.
func renderWithoutKaTeX(_ markdown: String) -> (note: Note, page: RenderedPage) {
    let note = parse(markdown)
    let links = LinkResolver(root: URL(fileURLWithPath: "/nonexistent"), notes: [note])
    let page = PageRenderer(links: links).render(note, outcome: nil) { tex, _ in MathResult(html: HTML.escape(tex)) }
    return (note, page)
}

/// Runs `body` on a thread whose stack is 512 KB, the size of a Dispatch worker's, and returns its result.
func onWorkerSizedStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        let value = body()
        box.value.withLock { $0 = value }
        done.signal()
    }
    thread.stackSize = 512 * 1024
    thread.start()
    done.wait()
    return box.value.withLock { $0! }
}

/// Carries a result from the thread of `onWorkerSizedStack` back to its caller.
private final class ResultBox<T: Sendable>: Sendable {
    let value = Mutex<T?>(nil)
}

/// The deepest nesting of blocks and inlines in `blocks`, counted without recursion (a list and its
/// item count as one level, as do a paragraph and its text).
func nestingDepth(_ blocks: [Block]) -> Int {
    enum Node { case block(Block), inline(Inline) }
    var deepest = 0
    var stack = blocks.map { (Node.block($0), 1) }
    while let (node, depth) = stack.popLast() {
        deepest = max(deepest, depth)
        switch node {
        case .block(let block):
            stack += block.childBlocks.joined().map { (.block($0), depth + 1) }
            stack += block.inlineRuns.joined().map { (.inline($0), depth + 1) }
        case .inline(let inline):
            stack += (inline.children ?? []).map { (.inline($0), depth + 1) }
        }
    }
    return deepest
}
