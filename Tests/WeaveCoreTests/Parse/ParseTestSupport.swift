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
            case .callout(_, let t, let b, _): visit(t); visit(b)
            case .list(_, _, _, let items, _): items.forEach(visit)
            case .table(let t, _): t.header.forEach(visit); t.rows.forEach { $0.forEach(visit) }
            default: break
            }
        }
    }
    visit(note.blocks)
    return found
}
