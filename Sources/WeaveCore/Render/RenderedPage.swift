/// A note rendered to HTML: its body, its table of contents, and the warnings found on the way.
public struct RenderedPage: Sendable {
    /// A heading listed in the table of contents.
    public struct Heading: Sendable, Equatable, Codable {
        public var level: Int
        /// The heading as plain text (math as its TeX, markup dropped).
        public var text: String
        public var id: String
        /// The heading as the table of contents shows it: math typeset, raw HTML and links reduced to text.
        public var html: String
    }

    public var note: Note
    /// The article's HTML (without the page layout).
    public var body: String
    public var headings: [Heading]
    /// TeX errors, broken links and missing images, each with file and line.
    public var warnings: [Diagnostic]
    public var mathCount: Int
    /// Files of the notes folder the page shows (notes-relative paths), to copy into the site.
    public var assets: [String]
    /// Where the heading that is the page's title ends in `body` (a UTF-8 offset): the site puts the
    /// page's date and tags there. nil when the body does not open with its title (the site puts the
    /// title above the body).
    public var titleEnd: Int?
    /// How the body reads on the print page (`PrintAnchors`): made with the page and cached with it, so a
    /// rebuild rewrites only the pages that changed.
    var printEdits: PrintEdits
    /// The page's sections for the search index (`SearchSections`), made and cached with the page.
    var searchSections: [SearchSection]
}
