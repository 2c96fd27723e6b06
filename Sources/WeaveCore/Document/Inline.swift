/// Inline content of a paragraph, heading or table cell.
public indirect enum Inline: Equatable, Sendable {
    case text(String)
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case highlight([Inline])
    case link(destination: String, title: String, [Inline])
    case image(source: String, title: String, alt: String)
    /// `[[note#heading|label]]`, resolved across the notes folder by the site stage.
    case wikiLink(target: String, heading: String?, label: String?, line: Int)
    /// `![[image.png]]` or `![[note]]`.
    case embed(target: String, line: Int)
    /// TeX exactly as written between the dollars.
    case math(tex: String, display: Bool, line: Int)
    case html(String)
    /// `[^label]`: a reference to footnote `number`, the `occurrence`-th (1-based) reference to it.
    case footnoteReference(label: String, number: Int, occurrence: Int)
    /// The `[ ]` or `[x]` opening a task-list item.
    case checkbox(checked: Bool)
    /// An inline `#tag` (the name without `#`).
    case tag(String)
    case softBreak
    case lineBreak
}

extension Array where Element == Inline {
    /// The text a reader sees, without markup (for titles, slugs and alt text).
    public var plainText: String {
        map { inline -> String in
            switch inline {
            case .text(let s), .code(let s): return s
            case .html, .footnoteReference, .checkbox: return ""
            case .tag(let name): return "#" + name
            case .image(_, _, let alt): return alt
            case .wikiLink(let target, let heading, let label, _): return label ?? heading ?? target
            case .embed(let target, _): return target
            case .math(let tex, _, _): return tex
            case .softBreak, .lineBreak: return " "
            default: return inline.children?.plainText ?? ""   // a span: the text it holds
            }
        }.joined()
    }
}
