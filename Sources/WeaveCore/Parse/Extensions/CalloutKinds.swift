/// Obsidian's callout kinds and their aliases: `hint` and `important` look like `tip`, and so on.
///
/// A callout keeps the author's word (its default title is that word, capitalised); its colour is its
/// kind's, through the class `callout-<kind>`. A word Obsidian does not know keeps its own class and
/// looks like a note.
enum CalloutKinds {
    /// Each kind with its aliases, as Obsidian lists them.
    static let aliases: [String: [String]] = [
        "note": [],
        "abstract": ["summary", "tldr"],
        "info": [],
        "todo": [],
        "tip": ["hint", "important"],
        "success": ["check", "done"],
        "question": ["help", "faq"],
        "warning": ["caution", "attention"],
        "failure": ["fail", "missing"],
        "danger": ["error"],
        "bug": [],
        "example": [],
        "quote": ["cite"],
    ]

    private static let kindOfAlias: [String: String] = {
        var map: [String: String] = [:]
        for (kind, words) in aliases {
            map[kind] = kind
            for word in words { map[word] = kind }
        }
        return map
    }()

    /// The kind whose colour a callout written `[!word]` takes: `hint` → `tip`; an unknown word is itself.
    static func kind(of word: String) -> String {
        kindOfAlias[word.lowercased()] ?? word.lowercased()
    }
}
