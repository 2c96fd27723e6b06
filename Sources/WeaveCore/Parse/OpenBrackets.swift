/// The `[` and `![` openers still open in the paragraph being shielded, as cmark will see them.
///
/// libcmark 0.30 (Debian's) walks past every open `![` each time it closes a link, so a paragraph of
/// `![[]()` repeated takes quadratic time. Once `limit` image openers are open at once, the shielder
/// escapes the `!` of further ones: `\![` reads as the same text `![` when it is never closed, and a
/// plain `[` stops cmark's walk. Real notes never have that many images open inside each other.
struct OpenBrackets {
    /// Image openers allowed open at once before further ones are escaped.
    static let limit = 64

    /// For each open opener, innermost last, whether it is an image (`![`).
    private var isImage: [Bool] = []
    private var images = 0

    /// Whether an image opened now must be escaped.
    var isFull: Bool { images >= Self.limit }

    mutating func open(image: Bool) {
        isImage.append(image)
        if image { images += 1 }
    }

    /// A `]` closes the innermost opener, whatever it forms.
    mutating func close() {
        if isImage.popLast() == true { images -= 1 }
    }
}
