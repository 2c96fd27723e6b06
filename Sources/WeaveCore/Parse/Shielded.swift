/// Markdown in which the spans that cmark must not touch are replaced by placeholders.
///
/// TeX, wiki links, embeds and pipe tables are cut out before cmark parses the text (cmark would read
/// `_`, `*` and `\` inside TeX as Markdown). Each becomes a placeholder of private-use characters,
/// `U+E000 index U+E001`, which cmark passes through unchanged; the converter puts them back as nodes.
struct Shielded {
    /// What a placeholder stands for.
    enum Item: Equatable {
        case inlineMath(tex: String, line: Int)
        case displayMath(tex: String, line: Int)
        case wikiLink(target: String, heading: String?, label: String?, line: Int)
        case embed(target: String, line: Int)
        case table(alignments: [Table.Alignment], header: [String], rows: [[String]], line: Int)
    }

    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    /// The text to hand to cmark.
    var markdown: String
    /// The items, indexed by the number inside each placeholder.
    var items: [Item]
    /// The original text of each item, restored where a placeholder lands in code or raw HTML.
    var originals: [String]
    /// For each line of `markdown` (0-based), the line of the note it came from (1-based).
    var lineMap: [Int]
    /// Problems found while shielding (unterminated math, …), as (line, message).
    var problems: [(line: Int, message: String)]
    /// Things kept as written that the author may not have meant (a `$` without a partner).
    var warnings: [(line: Int, message: String)] = []
    /// The first line whose container prefix was cut (see `ContainerPrefix`).
    var flattenedLine: Int?

    /// The placeholder text for item `index`.
    static func placeholder(_ index: Int) -> String { "\(open)\(index)\(close)" }

    /// The note line for a 1-based line of `markdown`.
    func noteLine(_ markdownLine: Int) -> Int {
        guard markdownLine >= 1 else { return lineMap.first ?? 1 }
        return markdownLine - 1 < lineMap.count ? lineMap[markdownLine - 1] : (lineMap.last ?? 1)
    }

    /// Replaces the placeholders in `text` by the originals they stand for.
    func restore(_ text: String) -> String {
        guard text.contains(Shielded.open) else { return text }
        var out = ""
        forEachPiece(of: text) { piece in
            switch piece {
            case .text(let s): out += s
            case .item(let i): out += originals[i]
            }
        }
        return out
    }

    /// A piece of text between placeholders, or a placeholder's item index.
    enum Piece: Equatable { case text(String), item(Int) }

    /// Splits `text` into plain pieces and placeholders, in order.
    func forEachPiece(of text: String, _ body: (Piece) -> Void) {
        var rest = Substring(text)
        while let start = rest.firstIndex(of: Shielded.open) {
            guard let end = rest[start...].firstIndex(of: Shielded.close),
                  let index = Int(rest[rest.index(after: start)..<end]), items.indices.contains(index) else {
                body(.text(String(rest)))
                return
            }
            if start > rest.startIndex { body(.text(String(rest[..<start]))) }
            body(.item(index))
            rest = rest[rest.index(after: end)...]
        }
        if !rest.isEmpty { body(.text(String(rest))) }
    }
}
