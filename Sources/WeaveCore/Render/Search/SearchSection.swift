/// One searchable part of a page: a heading and what follows it up to the next heading.
///
/// The part before a note's first heading is a section too (id `""`, the page's top, headed by the
/// page's title); when the note starts with its title as a heading, that heading's section stands for it.
struct SearchSection: Equatable, Sendable {
    /// The heading's anchor id (as `HeadingIDs` made it); `""` for the top of the page.
    var id: String
    /// The heading as a reader sees it (formulas as readable letters).
    var heading: String
    /// The section's prose, tables and formulas (as `$TeX$`), for snippets.
    var text = ""
    /// The code shown in the section, one block after another, for snippets of matches in code.
    var code = ""
    /// The index terms of the heading, text, formulas and code, with repeats.
    var terms: [String] = []

    init(id: String, heading: String) {
        self.id = id
        self.heading = heading
    }

    /// Nothing to show or find but its heading.
    var isEmpty: Bool { text.isEmpty && code.isEmpty }
}
