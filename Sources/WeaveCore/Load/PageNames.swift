import Foundation

/// The page each note is published as, and the rule that no two notes may share one.
public enum PageNames {
    /// The site URL of a note's page, relative to the site root: the notes-relative path with its
    /// `.md` extension (in any case) replaced by `.html`.
    public static func url(_ relativePath: String) -> String {
        let stem = relativePath.lowercased().hasSuffix(".md") ? String(relativePath.dropLast(3)) : relativePath
        return stem + ".html"
    }

    /// Splits notes into those that keep their page and, for each note whose page an earlier note
    /// (in path order) already takes, an error naming both. Pages are compared without regard to case,
    /// as case-insensitive file systems and `index.md` (the home page in any case) compare them.
    static func separateCollisions(_ notes: [NoteDiscovery.Found]) -> (kept: [NoteDiscovery.Found], errors: [Diagnostic]) {
        var owner: [String: NoteDiscovery.Found] = [:]
        var kept: [NoteDiscovery.Found] = []
        var errors: [Diagnostic] = []
        for note in notes {
            let page = url(note.relativePath)
            if let first = owner[page.lowercased()] {
                errors.append(Diagnostic(.error, file: note.displayPath,
                    "this note and \(first.displayPath) would both be published as \(url(first.relativePath)); rename one of them"))
            } else {
                owner[page.lowercased()] = note
                kept.append(note)
            }
        }
        return (kept, errors)
    }
}
