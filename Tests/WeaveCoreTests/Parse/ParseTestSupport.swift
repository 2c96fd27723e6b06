import Foundation
@testable import WeaveCore

/// Parses Markdown text as a note called `test.md`.
func parse(_ markdown: String) -> Note {
    let source = try! NoteLoader.load(Data(markdown.utf8), displayPath: "notes/test.md", relativePath: "test.md")
    return NoteParser.parse(source)
}

/// Every math node in a note, in order, as (tex, display).
func mathNodes(_ note: Note) -> [(tex: String, display: Bool)] {
    var found: [(String, Bool)] = []
    func visit(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .math(let tex, let display, _): found.append((tex, display))
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .highlight(let c), .link(_, _, let c): visit(c)
            default: break
            }
        }
    }
    func visit(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .paragraph(let i, _), .heading(_, let i, _, _): visit(i)
            case .displayMath(let tex, _): found.append((tex, true))
            case .quote(let b, _): visit(b)
            case .callout(_, let t, _, let b, _): visit(t); visit(b)
            case .list(_, _, _, let items, _): items.forEach(visit)
            case .table(let t, _): t.header.forEach(visit); t.rows.forEach { $0.forEach(visit) }
            default: break
            }
        }
    }
    visit(note.blocks)
    return found
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
func onWorkerSizedStack<T>(_ body: @escaping () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = body()
        done.signal()
    }
    thread.stackSize = 512 * 1024
    thread.start()
    done.wait()
    return box.value!
}

/// Carries a result from the thread of `onWorkerSizedStack` back to its caller.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
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
        case .block(.quote(let inner, _)), .block(.callout(_, _, _, let inner, _)):
            stack += inner.map { (.block($0), depth + 1) }
        case .block(.list(_, _, _, let items, _)):
            stack += items.joined().map { (.block($0), depth + 1) }
        case .block(.paragraph(let inlines, _)), .block(.heading(_, let inlines, _, _)):
            stack += inlines.map { (.inline($0), depth + 1) }
        case .block(.table(let table, _)):
            stack += (table.header + table.rows.joined()).joined().map { (.inline($0), depth + 1) }
        case .inline(.emphasis(let c)), .inline(.strong(let c)), .inline(.strikethrough(let c)),
             .inline(.highlight(let c)), .inline(.link(_, _, let c)):
            stack += c.map { (.inline($0), depth + 1) }
        default:
            break
        }
    }
    return deepest
}
