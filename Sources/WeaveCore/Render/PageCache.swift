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
        var headings: [RenderedPage.Heading]
        var warnings: [Diagnostic]
        var mathCount: Int
        var assets: [String]
        /// The body file's size: a body lost or cut short (cache files are not synced to disk) is a miss.
        var bodyBytes: Int
    }

    /// A hash of what every page's links can resolve to: notes, titles, headings and the other files.
    static func linkUniverse(_ notes: [Note], links: LinkResolver) -> String {
        var h = Hasher64()
        for note in notes {
            h.combine(note.source.relativePath)
            h.combine(note.title)
            for id in note.headingIDs { h.combine(id) }
        }
        for file in links.otherFiles { h.combine(file) }
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
        if let outcome { outcome.fingerprint(into: &h) }
        return h.hex
    }

    /// The body is kept as a file of its own: decoding large HTML out of JSON is slow.
    func load(_ key: String, note: Note) -> RenderedPage? {
        guard let data = try? Data(contentsOf: file(key)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              let body = try? Data(contentsOf: bodyFile(key)), body.count == entry.bodyBytes else { return nil }
        return RenderedPage(note: note, body: String(decoding: body, as: UTF8.self), headings: entry.headings,
                            warnings: entry.warnings, mathCount: entry.mathCount, assets: entry.assets)
    }

    func store(_ page: RenderedPage, key: String) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let body = Data(page.body.utf8)
        let entry = Entry(headings: page.headings, warnings: page.warnings, mathCount: page.mathCount, assets: page.assets,
                          bodyBytes: body.count)
        guard let data = try? JSONEncoder.sorted.encode(entry) else { return }
        try? UnsyncedFile.replace(bodyFile(key), with: body)
        try? UnsyncedFile.replace(file(key), with: data)
    }

    /// Removes entries whose keys are not in `live`.
    func prune(keeping live: Set<String>) {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in files {
            let key = name.split(separator: ".").first.map(String.init) ?? name
            guard !live.contains(key) else { continue }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    private func file(_ key: String) -> URL { directory.appendingPathComponent("\(key).json") }
    private func bodyFile(_ key: String) -> URL { directory.appendingPathComponent("\(key).html") }
}

extension JSONEncoder {
    /// An encoder with sorted keys, so equal values give equal bytes.
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        return e
    }
}
