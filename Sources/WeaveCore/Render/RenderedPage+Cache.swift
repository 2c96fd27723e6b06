import Foundation

/// A rendered page as the stage cache (`StageCache`) keeps it, so a rebuild re-renders (and re-typesets)
/// only changed pages.
///
/// The key covers the note's text, its cell outcomes, the Render stage's version, and the "link
/// universe" (every note's path, title and heading ids, and the other files in the notes folder), since
/// links and embeds on a page depend on those.
extension RenderedPage {
    /// What the page keeps besides its body, print edits and search sections (as JSON in its entry).
    struct Details: Codable {
        var headings: [RenderedPage.Heading]
        var warnings: [Diagnostic]
        var mathCount: Int
        var assets: [String]
        var titleEnd: Int?
    }

    /// A hash of what every page's links can resolve to: notes, titles, headings, labelled equations and
    /// figures, and the other files.
    static func linkUniverse(_ notes: [Note], links: LinkResolver) -> String {
        var h = Hasher64()
        for note in notes {
            h.combine(note.source.relativePath)
            h.combine(note.title)
            for id in note.headingIDs { h.combine(id) }
            for (label, target) in (links.page(atPath: note.source.relativePath)?.labels ?? [:]).sorted(by: { $0.key < $1.key }) {
                h.combine("\(label) \(target.kind) \(target.number ?? "-") \(target.bare) \(target.id)")
            }
        }
        for file in links.otherFiles { h.combine(file) }
        return h.hex
    }

    /// The key of the note's page in `cache`.
    static func cacheKey(_ note: Note, outcome: NoteOutcome?, universe: String, in cache: StageCache) -> StageCache.Key {
        cache.key(owner: note.source.relativePath) { h in
            h.combine(universe)
            h.combine(note.source.displayPath)
            h.combine(note.title)
            h.combine(String(note.source.bodyFirstLine))
            h.combine(note.source.body)
            // The body's reading also depends on the note's own dialect switches (from its front matter).
            let choice = note.source.frontMatter.markdown
            h.combine("\(choice.indentedCode.map(String.init) ?? "-") \(choice.lineBreaks.map(String.init) ?? "-")")
            if let outcome { outcome.fingerprint(into: &h) }
        }
    }

    /// Writes the page's fields: its details as JSON, its body, its print edits and its search sections.
    func write(to out: inout BinaryWriter) {
        let details = Details(headings: headings, warnings: warnings, mathCount: mathCount, assets: assets, titleEnd: titleEnd)
        out.bytes((try? JSONEncoder.sorted.encode(details)) ?? Data())
        out.string(body)
        printEdits.write(to: &out)
        out.count(searchSections.count)
        for section in searchSections { section.write(to: &out) }
    }

    /// The page of `note` as `write` wrote it; nil unless every field reads.
    init?(cached fields: inout BinaryReader, note: Note) {
        guard let json = fields.bytes(), let details = try? JSONDecoder().decode(Details.self, from: json),
              let body = fields.string(), let printEdits = PrintEdits(from: &fields),
              let sections = fields.list({ SearchSection(from: &$0) }) else { return nil }
        self.init(note: note, body: body, headings: details.headings, warnings: details.warnings, mathCount: details.mathCount,
                  assets: details.assets, titleEnd: details.titleEnd, printEdits: printEdits, searchSections: sections)
    }

    /// About how many bytes `write` writes.
    var cachedSize: Int { body.utf8.count + printEdits.extraSize + 4_096 }
}

extension JSONEncoder {
    /// An encoder with sorted keys, so equal values give equal bytes.
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        return e
    }
}
