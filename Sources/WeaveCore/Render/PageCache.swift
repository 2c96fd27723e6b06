import Foundation
import Synchronization

/// Keeps rendered pages on disk, so a rebuild re-renders (and re-typesets) only changed pages.
///
/// The key covers the note's text, its cell outcomes, weave's version, and the "link universe" (every
/// note's path, title and heading ids, and the other files in the notes folder), since links and
/// embeds on a page depend on those.
///
/// All pages live in one file, read once and written once per build (only when a page changed): a
/// file per page would create and delete hundreds of small files in every build. Safe to share between
/// the threads rendering pages.
public final class PageCache: Sendable {
    public let file: URL
    /// Key → the page as stored, read from the file or stored by this build, and whether they differ
    /// from the file.
    private struct State {
        var pages: Stored?
        var changed = false
    }

    private let state = Mutex(State())
    /// Notes that the file was found damaged (its damaged pages are misses and render again).
    public let damage = CacheDamage()

    public init(file: URL) { self.file = file }

    struct Entry: Codable {
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

    public static func key(_ note: Note, outcome: NoteOutcome?, universe: String) -> String {
        var h = Hasher64()
        h.combine(RenderStage.version)
        h.combine(universe)
        h.combine(note.source.displayPath)
        h.combine(note.source.relativePath)
        h.combine(note.title)
        h.combine(String(note.source.bodyFirstLine))
        h.combine(note.source.body)
        // The body's reading also depends on the note's own dialect switches (from its front matter).
        let choice = note.source.frontMatter.markdown
        h.combine("\(choice.indentedCode.map(String.init) ?? "-") \(choice.lineBreaks.map(String.init) ?? "-")")
        if let outcome { outcome.fingerprint(into: &h) }
        return h.hex
    }

    func load(_ key: String, note: Note) -> RenderedPage? {
        guard let stored = state.withLock({ all(&$0)[key] }) else { return nil }
        guard let entry = try? JSONDecoder().decode(Entry.self, from: stored.entry) else {
            damage.found(file)
            state.withLock { state in
                state.pages?[key] = nil
                state.changed = true
            }
            return nil
        }
        return RenderedPage(note: note, body: stored.body, headings: entry.headings,
                            warnings: entry.warnings, mathCount: entry.mathCount, assets: entry.assets, titleEnd: entry.titleEnd,
                            printEdits: stored.printEdits, searchSections: stored.searchSections)
    }

    func store(_ page: RenderedPage, key: String) {
        let entry = Entry(headings: page.headings, warnings: page.warnings, mathCount: page.mathCount, assets: page.assets,
                          titleEnd: page.titleEnd)
        guard let data = try? JSONEncoder.sorted.encode(entry) else { return }
        let stored = StoredPage(entry: data, body: page.body, printEdits: page.printEdits, searchSections: page.searchSections)
        state.withLock { state in
            _ = all(&state)
            state.pages?[key] = stored
            state.changed = true
        }
    }

    /// Writes the file with the pages whose keys are in `live` (dropping pages of notes that changed or
    /// disappeared), if anything changed since it was read.
    func save(keeping live: Set<String>) {
        state.withLock { state in
            let kept = all(&state).filter { live.contains($0.key) }
            guard state.changed || kept.count != state.pages?.count else { return }
            try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? UnsyncedFile.replace(file, with: Self.encode(kept))
            removeLeftovers()
            state.pages = kept
            state.changed = false
        }
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
    // "weave-pages 4\n" (3 had no print edits and search sections, 2 had byte-wise FNV-1a checksums), a header
    // record holding the number of pages, then one record per page, sorted by key: its key, its entry as JSON,
    // its body, its print edits and its search sections (`BinaryWriter`'s strings, byte runs and counts). Every
    // record carries a checksum; a damaged record is a miss for its page, and the file is noted as damaged.

    static let magic = Data("weave-pages 4\n".utf8)
    /// The first lines of files written by earlier versions of weave: not ours to read, but not damaged.
    static let formerMagics = ["weave-pages 1\n", "weave-pages 2\n", "weave-pages 3\n"].map { Data($0.utf8) }

    /// One page as the file keeps it: the entry still as JSON (decoded only when the page is used).
    struct StoredPage: Equatable {
        var entry: Data
        var body: String
        var printEdits: PrintEdits
        var searchSections: [SearchSection]
    }

    typealias Stored = [String: StoredPage]

    /// The pages, read from the file on first use into `state`, which the caller holds locked.
    private func all(_ state: inout State) -> Stored {
        if let pages = state.pages { return pages }
        // Mapped, not read: the pages are copied out as they are decoded, and a read would first copy the
        // whole file (megabytes of formulas) into fresh memory. `save` replaces the file by renaming, so
        // the mapped one stays as it was.
        guard let data = try? Data(contentsOf: file, options: .alwaysMapped) else {
            state.pages = [:]
            return [:]
        }
        let read = Self.decode(data)
        if read.damaged {
            damage.found(file)
            state.changed = true  // so that `save` writes an intact file
        }
        state.pages = read.pages
        return read.pages
    }

    static func encode(_ pages: Stored) -> Data {
        var out = BinaryWriter(magic: magic, capacity: pages.values.reduce(0) { $0 + $1.body.utf8.count + $1.printEdits.extraSize + 4_096 })
        out.record { $0.count(pages.count) }
        for (key, page) in pages.sorted(by: { $0.key < $1.key }) {
            out.record {
                $0.string(key)
                $0.bytes(page.entry)
                $0.string(page.body)
                page.printEdits.write(to: &$0)
                $0.count(page.searchSections.count)
                for section in page.searchSections { section.write(to: &$0) }
            }
        }
        return out.data
    }

    /// The intact pages of a file, and whether anything in it was damaged.
    static func decode(_ data: Data) -> (pages: Stored, damaged: Bool) {
        guard var reader = BinaryReader(data, magic: magic) else {
            return ([:], !formerMagics.contains { data.starts(with: $0) })
        }
        guard case .intact(var header)? = reader.record(), let count = header.count(), header.atEnd else { return ([:], true) }
        var pages: Stored = [:]
        var damaged = false
        while !reader.atEnd {
            guard let record = reader.record() else {
                damaged = true
                break
            }
            guard case .intact(var fields) = record, let key = fields.string(), let entry = fields.bytes(),
                  let body = fields.string(), let printEdits = PrintEdits(from: &fields),
                  let sections = fields.list({ SearchSection(from: &$0) }), fields.atEnd else {
                damaged = true
                continue
            }
            pages[key] = StoredPage(entry: entry, body: body, printEdits: printEdits, searchSections: sections)
        }
        return (pages, damaged || pages.count != count)
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
