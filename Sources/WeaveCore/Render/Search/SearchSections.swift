/// Cuts a note into search sections, from its document model: headings start sections; paragraphs,
/// lists, tables, quotes, callouts and footnotes give text; formulas give their TeX; code blocks and
/// visible cells give code.
///
/// Hidden cells and the cells weave writes for formula checks are left out: the reader does not see
/// their code.
struct SearchSections: DocumentWalker {
    private(set) var sections: [SearchSection]
    private let title: String

    /// The sections of `note`, in order.
    static func of(_ note: Note) -> [SearchSection] {
        var walker = SearchSections(title: note.title)
        walker.walk(note.blocks)
        return walker.sections
    }

    private init(title: String) {
        self.title = title
        var top = SearchSection(id: "", heading: title)
        top.terms = SearchTokenizer.terms(title)
        sections = [top]
    }

    /// The section being filled. Modified in place: a get-and-set would copy its text on each addition,
    /// which made a long section quadratic.
    private var current: SearchSection {
        get { sections[sections.count - 1] }
        _modify { yield &sections[sections.count - 1] }
    }

    var visitsInlines: Bool { false }

    mutating func visit(_ block: Block) -> WalkAction {
        switch block {
        case .heading(_, let inlines, let id, _):
            var section = SearchSection(id: id, heading: HeadingIDs.readable(inlines))
            section.terms = SearchText.of(inlines).terms
            // The note's first heading repeats its title: that heading's section is the page's top.
            if sections.count == 1, current.isEmpty, inlines.plainText == title {
                sections[0] = section
            } else {
                sections.append(section)
            }
        case .code(_, let code, _):
            addCode(code)
        case .cell(let cell):
            if cell.formula == nil && !cell.options.hide { addCode(cell.code) }
        case .displayMath(let tex, _):
            add(SearchText(display: "$$\(SearchText.joiningLines(tex))$$", terms: SearchTokenizer.terms(tex, as: .tex)))
        case .html(let html, _):
            let text = HTMLText.of(html)
            add(SearchText(display: text, terms: SearchTokenizer.terms(text)))
        default:
            // Paragraphs, callout titles and table cells give their text; the walk goes on into what quotes,
            // callouts, lists and footnotes hold.
            for run in block.inlineRuns { add(SearchText.of(run)) }
        }
        return .visitChildren
    }

    private mutating func add(_ text: SearchText) {
        guard !text.display.isEmpty else { return }
        if !current.text.isEmpty { current.text += " " }
        current.text += text.display
        current.terms += text.terms
    }

    private mutating func addCode(_ code: String) {
        // Without blank lines around (Foundation's trimmingCharacters bridges to NSString: slow here).
        let scalars = code.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return }
        let trimmed = String(scalars[first...last])
        if !current.code.isEmpty { current.code += "\n" }
        current.code += trimmed
        current.terms += SearchTokenizer.terms(trimmed, as: .code)
    }
}
