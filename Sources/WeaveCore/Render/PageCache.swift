import Foundation

/// Keeps rendered pages on disk, so a rebuild re-renders (and re-typesets) only changed pages.
///
/// The key covers the note's text, its cell outcomes, weave's version, and the "link universe" (every
/// note's path, title and heading ids, and the other files in the notes folder), since links and
/// embeds on a page depend on those.
///
/// All pages live in one file, read once and written once per build (only when a page changed): a
/// file per page would create and delete hundreds of small files in every build. Safe to share between
/// the threads rendering pages.
public final class PageCache: @unchecked Sendable {
    public let file: URL
    private let lock = NSLock()
    /// Key → the page's entry (JSON) and body, as read from the file or stored by this build.
    private var pages: [String: (entry: Data, body: Data)]?
    private var changed = false

    public init(file: URL) { self.file = file }

    struct Entry: Codable {
        var headings: [RenderedPage.Heading]
        var warnings: [Diagnostic]
        var mathCount: Int
        var assets: [String]
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

    func load(_ key: String, note: Note) -> RenderedPage? {
        lock.lock()
        let stored = all()[key]
        lock.unlock()
        guard let stored, let entry = try? JSONDecoder().decode(Entry.self, from: stored.entry) else { return nil }
        return RenderedPage(note: note, body: String(decoding: stored.body, as: UTF8.self), headings: entry.headings,
                            warnings: entry.warnings, mathCount: entry.mathCount, assets: entry.assets)
    }

    func store(_ page: RenderedPage, key: String) {
        let entry = Entry(headings: page.headings, warnings: page.warnings, mathCount: page.mathCount, assets: page.assets)
        guard let data = try? JSONEncoder.sorted.encode(entry) else { return }
        lock.lock()
        _ = all()
        pages?[key] = (data, Data(page.body.utf8))
        changed = true
        lock.unlock()
    }

    /// Writes the file with the pages whose keys are in `live` (dropping pages of notes that changed or
    /// disappeared), if anything changed since it was read.
    func save(keeping live: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        let kept = all().filter { live.contains($0.key) }
        guard changed || kept.count != pages?.count else { return }
        var out = BinaryWriter(magic: Self.magic)
        out.count(kept.count)
        for (key, page) in kept.sorted(by: { $0.key < $1.key }) {
            out.string(key)
            out.bytes(page.entry)
            out.bytes(page.body)
        }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? UnsyncedFile.replace(file, with: out.data)
        removeLeftovers()
        pages = kept
        changed = false
    }

    /// Removes temporary copies of the file left by builds killed while writing it.
    private func removeLeftovers() {
        let folder = file.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".tmp-") && name.hasSuffix("-" + file.lastPathComponent) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    // MARK: The file
    //
    // "weave-pages 1\n", a count, then per page its key, its entry as JSON and its body (`BinaryWriter`'s
    // strings and byte runs), sorted by key. A damaged file reads as empty.

    static let magic = Data("weave-pages 1\n".utf8)

    /// The pages, read from the file on first use. Call with the lock held.
    private func all() -> [String: (entry: Data, body: Data)] {
        if let pages { return pages }
        let read = (try? Data(contentsOf: file)).flatMap(Self.decode) ?? [:]
        pages = read
        return read
    }

    static func decode(_ data: Data) -> [String: (entry: Data, body: Data)]? {
        guard var reader = BinaryReader(data, magic: magic), let count = reader.count() else { return nil }
        var pages: [String: (entry: Data, body: Data)] = [:]
        for _ in 0..<count {
            guard let key = reader.string(), let entry = reader.bytes(), let body = reader.bytes() else { return nil }
            pages[key] = (entry, body)
        }
        return reader.atEnd ? pages : nil
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys, so equal values give equal bytes.
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        return e
    }
}
