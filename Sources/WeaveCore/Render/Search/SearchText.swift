/// A run of inline content as the search index keeps it: the text a snippet shows, and its terms.
///
/// Prose gives words and CJK pairs, inline code its identifiers, inline math its TeX words; math shows as
/// `$TeX$`. A line break between two Chinese characters is no space (Typora joins such lines), so a word
/// broken over two lines of the note is still found.
struct SearchText: Equatable {
    var display: String
    var terms: [String]

    static func of(_ inlines: [Inline]) -> SearchText {
        var reader = Reader()
        reader.walk(inlines)
        let prose = joiningLines(reader.prose)
        return SearchText(display: joiningLines(reader.display), terms: SearchTokenizer.terms(prose) + reader.terms)
    }

    /// The text with runs of white space made one space, a run that is only line breaks between two CJK
    /// characters removed, and no space at either end.
    static func joiningLines(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var gap: (onlyBreaks: Bool, pending: Bool) = (true, false)
        var last: Unicode.Scalar?  // the last character put in `out`
        // Characters between white space are copied as runs (one scalar at a time was a tenth of rendering).
        var run: String.Index?
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            if scalar.isASCII ? (scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)) : scalar.properties.isWhitespace {
                if let start = run { out += Substring(scalars[start..<i]); run = nil }
                if !gap.pending { gap = (true, true) }
                if scalar != "\n" { gap.onlyBreaks = false }
            } else {
                if gap.pending, let last {
                    if !(gap.onlyBreaks && SearchTokenizer.isCJK(last) && SearchTokenizer.isCJK(scalar)) { out += " " }
                }
                gap.pending = false
                if run == nil { run = i }
                last = scalar
            }
            i = scalars.index(after: i)
        }
        if let start = run { out += Substring(scalars[start...]) }
        return out
    }

    /// The walk that reads the text of a run.
    private struct Reader: DocumentWalker {
        var display = ""
        /// The prose alone (code and math replaced by a space), for the tokenizer.
        var prose = ""
        var terms: [String] = []

        mutating func visit(_ inline: Inline) -> WalkAction {
            switch inline {
            case .text(let s):
                both(s)
            case .code(let code):
                display += code
                prose += " "
                terms += SearchTokenizer.terms(code, as: .code)
            case .math(let tex, _, _):
                display += "$\(tex)$"
                prose += " "
                terms += SearchTokenizer.terms(tex, as: .tex)
            case .image(_, _, let alt):
                both(alt)
            case .wikiLink(let target, let heading, let label, _):
                both(label ?? heading ?? target)
            case .tag(let name):
                both("#" + name)
            case .softBreak, .lineBreak:
                both("\n")
            default:
                break   // embeds, raw HTML, footnote references and checkboxes give nothing; a span's text comes next
            }
            return .visitChildren
        }

        private mutating func both(_ s: String) {
            display += s
            prose += s
        }
    }
}
