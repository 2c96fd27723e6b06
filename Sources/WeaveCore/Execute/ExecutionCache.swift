import Foundation

/// Stores note outcomes on disk under a hash of everything that can change them.
///
/// The key covers the cells and their options, the note's path and time limit, the engine and runtime
/// build, weave's version and the way cells are instrumented, so editing prose never re-runs cells. The
/// data files the cells name are kept in the entry with their content hashes and checked on load, so an
/// edited data file re-runs the note; computing the key parses nothing.
public struct ExecutionCache: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// What is stored: the outcome and the data files it was computed from.
    struct Entry: Codable {
        var outcome: NoteOutcome
        var dataFiles: [DataFile]
    }

    /// The cache key for a note's cells.
    public static func key(for note: Note, toolchainIdentity: String, timeout: Double) -> String {
        var h = Hasher64()
        h.combine(WeaveVersion.current)
        h.combine(ProgramGenerator.scheme)
        h.combine(toolchainIdentity)
        h.combine(note.source.displayPath)
        h.combine(String(timeout))
        for cell in note.cells {
            h.combine(cell.code)
            h.combine("\(cell.index):\(cell.line):\(cell.options.hide):\(cell.options.norun):\(cell.options.nooutput):\(cell.options.fails)")
        }
        return h.hex
    }

    /// The outcome stored under `key`, if the data files it was computed from are unchanged.
    public func load(_ key: String) -> NoteOutcome? {
        guard let data = try? Data(contentsOf: file(key)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              DataFiles.refreshed(entry.dataFiles) == entry.dataFiles else { return nil }
        return entry.outcome
    }

    /// Stores an outcome with the data files as they were when the cells ran.
    func store(_ outcome: NoteOutcome, dataFiles: [DataFile], key: String) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard let data = try? JSONEncoder.sorted.encode(Entry(outcome: outcome, dataFiles: dataFiles)) else { return }
        try? UnsyncedFile.replace(file(key), with: data)
    }

    /// Removes entries whose keys are not in `live` (outcomes of notes that changed or disappeared).
    public func prune(keeping live: Set<String>) {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in files where name.hasSuffix(".json") && !live.contains(String(name.dropLast(5))) {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    private func file(_ key: String) -> URL { directory.appendingPathComponent("\(key).json") }
}

/// weave's version, part of every cache key.
public enum WeaveVersion {
    public static let current = "0.1.0"
}
