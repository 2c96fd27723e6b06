import Foundation

/// What a page is about in a sentence or two, for `<meta name="description">` and link previews: the
/// note's `description:` front matter, else its first paragraph as plain text, shortened.
enum PageDescription {
    /// Characters kept of a first paragraph (search engines show about this many).
    static let limit = 160

    /// The description of `note`, or nil when it has neither front matter nor a paragraph.
    static func of(_ note: Note) -> String? {
        if let written = note.source.frontMatter.description {
            let text = collapsed(written)
            if !text.isEmpty { return text }
        }
        for block in note.blocks {
            guard case .paragraph(let inlines, _) = block else { continue }
            let text = collapsed(inlines.plainText)
            if !text.isEmpty { return shortened(text) }
        }
        return nil
    }

    /// `text` with each run of white space made one space, and none at the ends.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text` cut to `limit` characters with "…", at a space when one is near the end (words stay whole in
    /// spaced languages; Chinese is cut at a character).
    static func shortened(_ text: String) -> String {
        guard text.count > limit else { return text }
        var cut = text.prefix(limit - 1)
        if let space = cut.lastIndex(of: " "), cut.distance(from: space, to: cut.endIndex) < 30 {
            cut = cut[..<space]
        }
        return cut.trimmingCharacters(in: .whitespaces) + "…"
    }
}
