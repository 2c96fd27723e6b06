/// How pages number equations and figures (the site's `equation_numbering` and `image_captions`), and the
/// words they write for them in the site's language: "式 (3)" and "图 3", or "Eq. (3)" and "Figure 3".
public struct NumberingStyle: Sendable, Equatable {
    /// Every display formula gets a number; otherwise only those with a `\label`.
    public var equations = false
    /// An image alone in its paragraph, with alt text, is a numbered figure.
    public var imageCaptions = false
    public var chinese = true

    public init(_ settings: SiteSettings = SiteSettings()) {
        equations = settings.equationNumbering
        imageCaptions = settings.imageCaptions
        chinese = settings.isChinese
    }

    /// "图 3" or "Figure 3".
    func figure(_ number: String) -> String { chinese ? "图 \(number)" : "Figure \(number)" }

    /// "式 (3)" or "Eq. (3)", from the equation's reference text "(3)".
    func equation(_ reference: String) -> String { chinese ? "式 \(reference)" : "Eq. \(reference)" }
}
