/// A search section in weave's binary cache records (the page cache keeps each page's sections).
extension SearchSection {
    /// Appends the section: id, heading, text, code, then the number of terms and each term.
    func write(to out: inout BinaryWriter) {
        out.string(id)
        out.string(heading)
        out.string(text)
        out.string(code)
        out.count(terms.count)
        for term in terms { out.string(term) }
    }

    /// Reads a section `write` wrote; nil if the fields are cut short.
    init?(from fields: inout BinaryReader) {
        guard let id = fields.string(), let heading = fields.string(), let text = fields.string(),
              let code = fields.string(), let terms = fields.list({ $0.string() }) else { return nil }
        self.init(id: id, heading: heading)
        self.text = text
        self.code = code
        self.terms = terms
    }
}
