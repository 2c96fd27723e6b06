import Foundation

/// Stores note outcomes on disk under a hash of everything that can change them.
///
/// The key covers the cells and their options, the note's place in the notes folder and time limit, the engine and runtime
/// build, weave's version and the way cells are instrumented, so editing prose never re-runs cells. The
/// data files the cells name are kept in the entry with their content hashes and checked on load, so an
/// edited data file re-runs the note; computing the key parses nothing.
///
/// Each entry is a JSON file holding the entry's own JSON as a string with its checksum, so a damaged
/// file (cut short, a flipped byte) is a miss, never an outcome that was not computed.
///
/// The path a note was named by (`notes/a.md`, or `./a.md` from inside the notes folder) is not part of
/// the key: the outcome's messages are stored with a placeholder for it, and get the path of the build
/// that reads them, so builds from any working folder share entries.
public struct ExecutionCache: Sendable {
    public let directory: URL
    /// Notes the entries found damaged (they are misses: their notes run again).
    public let damage = CacheDamage()

    public init(directory: URL) { self.directory = directory }

    /// What is stored: the outcome and the data files it was computed from.
    struct Entry: Codable {
        var outcome: NoteOutcome
        var dataFiles: [DataFile]
    }

    /// What the file holds: the entry as JSON text, and the checksum of that text.
    struct Stored: Codable {
        var checksum: String
        var entry: String

        init(_ entry: String) {
            self.entry = entry
            checksum = Hasher64.hex(entry)
        }
    }

    /// The layout of the stored files, part of every key (so files of an earlier layout are never read).
    static let format = "checksummed-3"
    /// Stands for the note's path in stored outcomes (two noncharacters around a word: in no real path).
    static let notePlaceholder = "\u{FFFF}note\u{FFFF}"

    /// Outcomes kept per note besides the current one, most recently used first, so that undoing an edit
    /// (or switching back to a branch) finds the earlier outcome instead of running the cells again.
    static let earlierOutcomesKept = 3

    /// The cache key for a note's cells: the note's own prefix (a hash of its path), `-`, and the hash of
    /// everything that can change its outcome.
    public static func key(for note: Note, toolchainIdentity: String, timeout: Double) -> String {
        Hasher64.hex(note.source.relativePath) + "-" + contentKey(for: note, toolchainIdentity: toolchainIdentity, timeout: timeout)
    }

    private static func contentKey(for note: Note, toolchainIdentity: String, timeout: Double) -> String {
        var h = Hasher64()
        h.combine(ExecuteStage.version)
        h.combine(format)
        h.combine(ProgramGenerator.scheme)
        h.combine(toolchainIdentity)
        h.combine(note.source.relativePath)
        h.combine(String(timeout))
        for cell in note.cells {
            h.combine(cell.code)
            h.combine("\(cell.index):\(cell.line):\(cell.options.hide):\(cell.options.norun):\(cell.options.nooutput):\(cell.options.fails)")
        }
        return h.hex
    }

    /// The outcome stored under `key`, if the data files it was computed from are unchanged, with its
    /// messages naming the note as `notePath`.
    public func load(_ key: String, notePath: String) -> NoteOutcome? {
        let file = file(key)
        guard let data = try? Data(contentsOf: file) else { return nil }
        guard let entry = Self.decode(data) else {
            damage.found(file)
            return nil
        }
        guard DataFiles.refreshed(entry.dataFiles) == entry.dataFiles else { return nil }
        // Used now: the entry counts as recent when earlier outcomes are pruned.
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
        return entry.outcome.relocated(from: Self.notePlaceholder, to: notePath)
    }

    /// The entry a file holds; nil unless it is complete and its checksum matches.
    static func decode(_ data: Data) -> Entry? {
        guard let stored = try? JSONDecoder().decode(Stored.self, from: data),
              Hasher64.hex(stored.entry) == stored.checksum else { return nil }
        return try? JSONDecoder().decode(Entry.self, from: Data(stored.entry.utf8))
    }

    static func encode(_ entry: Entry) -> Data? {
        guard let json = try? JSONEncoder.sorted.encode(entry) else { return nil }
        return try? JSONEncoder.sorted.encode(Stored(String(decoding: json, as: UTF8.self)))
    }

    /// Stores an outcome of the note at `notePath` with the data files as they were when the cells ran.
    func store(_ outcome: NoteOutcome, dataFiles: [DataFile], key: String, notePath: String) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let portable = outcome.relocated(from: notePath, to: Self.notePlaceholder)
        guard let data = Self.encode(Entry(outcome: portable, dataFiles: dataFiles)) else { return }
        try? UnsyncedFile.replace(file(key), with: data)
    }

    /// Keeps the entries of `live` and, for each of their notes, the `earlierOutcomesKept` most recently
    /// used other entries; removes the rest (outcomes of notes that are gone, and old ones).
    public func prune(keeping live: Set<String>) {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".json") }
        let liveNotes = Set(live.map(Self.note(ofKey:)))
        var earlier: [Substring: [(name: String, used: Date)]] = [:]
        for name in names {
            let key = String(name.dropLast(5))
            if live.contains(key) { continue }
            let note = Self.note(ofKey: key)
            guard liveNotes.contains(note) else {
                try? fm.removeItem(at: directory.appendingPathComponent(name))
                continue
            }
            let used = (try? fm.attributesOfItem(atPath: directory.appendingPathComponent(name).path)[.modificationDate] as? Date) ?? .distantPast
            earlier[note, default: []].append((name, used))
        }
        for entries in earlier.values {
            for old in entries.sorted(by: { ($0.used, $0.name) > ($1.used, $1.name) }).dropFirst(Self.earlierOutcomesKept) {
                try? fm.removeItem(at: directory.appendingPathComponent(old.name))
            }
        }
    }

    /// The note part of a key (everything before its `-`).
    private static func note(ofKey key: String) -> Substring {
        key.split(separator: "-", maxSplits: 1).first ?? Substring(key)
    }

    private func file(_ key: String) -> URL { directory.appendingPathComponent("\(key).json") }
}

extension NoteOutcome {
    /// The outcome with the note's path `old` written as `new` in its messages (the file they name, and
    /// in their text, where a program's trap message may quote it).
    func relocated(from old: String, to new: String) -> NoteOutcome {
        func moved(_ d: Diagnostic) -> Diagnostic {
            var d = d
            if d.file == old { d.file = new }
            d.message = d.message.replacingOccurrences(of: old, with: new)
            return d
        }
        var result = self
        result.diagnostics = diagnostics.map(moved)
        for k in result.cells.indices {
            result.cells[k].outputs = result.cells[k].outputs.map { output in
                if case .error(let d) = output { return .error(moved(d)) }
                if case .warning(let d) = output { return .warning(moved(d)) }
                return output
            }
        }
        return result
    }
}
