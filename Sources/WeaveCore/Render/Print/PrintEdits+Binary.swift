/// Print edits in weave's binary cache records (the page cache keeps each page's).
extension PrintEdits {
    /// Appends the number of edits, then each edit's start, end and text.
    func write(to out: inout BinaryWriter) {
        out.count(edits.count)
        for edit in edits {
            out.count(edit.start)
            out.count(edit.end)
            out.string(edit.text)
        }
    }

    /// Reads edits `write` wrote; nil if the fields are cut short.
    init?(from fields: inout BinaryReader) {
        guard let edits = fields.list({ fields -> Edit? in
            guard let start = fields.count(), let end = fields.count(), let text = fields.string() else { return nil }
            return Edit(start: start, end: end, text: text)
        }) else { return nil }
        self.init(edits)
    }
}
