/// Turns shielding placeholders back into nodes: math, wiki links, embeds and tables.
///
/// A paragraph that holds only display math becomes a display-math block, and one that holds only a
/// table becomes a table; inside code and raw HTML the original text is restored verbatim.
struct PlaceholderExpander {
    let shielded: Shielded
    /// The line of the first table whose cells nested too deep and were flattened.
    private(set) var flattenedLine: Int?

    init(shielded: Shielded) {
        self.shielded = shielded
    }

    mutating func expand(_ blocks: [Block]) -> [Block] {
        blocks.rewritten { block in
            switch block {
            case .paragraph(let inlines, let line):
                if let only = soleItem(inlines) {
                    switch shielded.items[only] {
                    case .displayMath(let tex, let mathLine): return [.displayMath(tex: tex, line: mathLine)]
                    case .table(let alignments, let header, let rows, let tableLine):
                        let table = Table(alignments: alignments,
                                          header: header.map { cellInlines($0, line: tableLine) },
                                          rows: rows.map { $0.map { cellInlines($0, line: tableLine) } })
                        return [.table(table, line: tableLine)]
                    default: break
                    }
                }
                return [.paragraph(expand(inlines), line: line)]
            case .heading(let level, let inlines, let id, let line):
                return [.heading(level: level, expand(inlines), id: id, line: line)]
            case .code(let language, let text, let line):
                return [.code(language: language, shielded.restore(text), line: line)]
            case .html(let text, let line):
                return [.html(shielded.restore(text), line: line)]
            default:
                return [block]
            }
        }
    }

    /// The item index when `inlines` is exactly one placeholder (surrounding whitespace allowed).
    private func soleItem(_ inlines: [Inline]) -> Int? {
        let merged = inlines.filter { if case .softBreak = $0 { return false } else { return true } }.mergingText
        guard merged.count == 1, case .text(let text) = merged[0] else { return nil }
        var pieces: [Shielded.Piece] = []
        shielded.forEachPiece(of: text) { pieces.append($0) }
        let meaningful = pieces.filter { if case .text(let s) = $0 { return !s.allSatisfy(\.isWhitespace) } else { return true } }
        if meaningful.count == 1, case .item(let index) = meaningful[0] { return index }
        return nil
    }

    private mutating func cellInlines(_ markdown: String, line: Int) -> [Inline] {
        let conversion = CommonMarkConverter.inlines(markdown)
        if conversion.flattenedLine != nil, flattenedLine == nil { flattenedLine = line }
        return expand(conversion.content)
    }

    /// Expands placeholders inside inline content.
    func expand(_ inlines: [Inline]) -> [Inline] {
        inlines.rewritten { inline in
            switch inline {
            case .text(let text):
                var out: [Inline] = []
                shielded.forEachPiece(of: text) { piece in
                    switch piece {
                    case .text(let s): out.append(.text(s))
                    case .item(let i): out.append(node(for: i))
                    }
                }
                return out
            case .code(let text): return [.code(shielded.restore(text))]
            case .html(let text): return [.html(shielded.restore(text))]
            case .link(let destination, let title, let content):
                return [.link(destination: shielded.restore(destination), title: shielded.restore(title), content)]
            case .image(let source, let title, let alt):
                return [.image(source: shielded.restore(source), title: shielded.restore(title), alt: shielded.restore(alt))]
            default:
                return [inline]
            }
        }
    }

    private func node(for index: Int) -> Inline {
        switch shielded.items[index] {
        case .inlineMath(let tex, let line): return .math(tex: tex, display: false, line: line)
        case .displayMath(let tex, let line): return .math(tex: tex, display: true, line: line)
        case .wikiLink(let target, let heading, let label, let line):
            return .wikiLink(target: target, heading: heading, label: label, line: line)
        case .embed(let target, let line): return .embed(target: target, line: line)
        case .table: return .text(shielded.originals[index])
        }
    }
}
