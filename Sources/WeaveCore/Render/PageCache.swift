import Foundation

/// Keeps rendered page bodies on disk, so a rebuild re-renders (and re-typesets) only changed pages.
///
/// The key covers the note's text, its cell outcomes, weave's version, and the "link universe" (every
/// note's path, title and heading ids, and the other files in the notes folder), since links and
/// embeds on a page depend on those.
public struct PageCache: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    struct Entry: Codable {
        var body: String
        var headings: [RenderedPage.Heading]
        var warnings: [Diagnostic]
        var mathCount: Int
        var assets: [String]
    }

    /// A hash of what every page's links can resolve to.
    public static func linkUniverse(_ notes: [Note], root: URL) -> String {
        var h = Hasher64()
        for note in notes {
            h.combine(note.source.relativePath)
            h.combine(note.title)
            for id in note.headingIDs { h.combine(id) }
        }
        let files = FileManager.default.enumerator(atPath: root.path).map { ($0.allObjects as? [String]) ?? [] } ?? []
        for file in files.sorted() where !file.hasSuffix(".md") { h.combine(file) }
        return h.hex
    }

    public static func key(_ note: Note, outcome: NoteOutcome?, universe: String) -> String {
        var h = Hasher64()
        h.combine(WeaveVersion.current)
        h.combine(universe)
        h.combine(note.source.displayPath)
        h.combine(note.source.relativePath)
        h.combine(note.title)
        h.combine(String(note.source.bodyFirstLine))
        h.combine(note.source.body)
        if let outcome, let data = try? JSONEncoder.sorted.encode(outcome) {
            h.combine(String(decoding: data, as: UTF8.self))
        }
        return h.hex
    }

    func load(_ key: String, note: Note) -> RenderedPage? {
        guard let data = try? Data(contentsOf: file(key)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data) else { return nil }
        return RenderedPage(note: note, body: entry.body, headings: entry.headings, warnings: entry.warnings,
                            mathCount: entry.mathCount, assets: entry.assets)
    }

    func store(_ page: RenderedPage, key: String) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let entry = Entry(body: page.body, headings: page.headings, warnings: page.warnings, mathCount: page.mathCount,
                          assets: page.assets)
        guard let data = try? JSONEncoder.sorted.encode(entry) else { return }
        try? data.write(to: file(key), options: .atomic)
    }

    /// Removes entries whose keys are not in `live`.
    func prune(keeping live: Set<String>) {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in files where name.hasSuffix(".json") && !live.contains(String(name.dropLast(5))) {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    private func file(_ key: String) -> URL { directory.appendingPathComponent("\(key).json") }
}

extension JSONEncoder {
    /// An encoder with sorted keys, so equal values give equal bytes.
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        return e
    }
}
