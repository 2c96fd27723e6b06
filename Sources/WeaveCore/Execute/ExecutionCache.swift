import Foundation

/// Stores note outcomes on disk under a hash of everything that can change them.
///
/// The key covers the cells, their options and instrumented code, the data files they name, the note's path and time
/// limit, the engine and runtime build, and weave's version, so editing prose never re-runs cells.
public struct ExecutionCache: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// The cache key for a note's cells (and the data files they name).
    public static func key(for note: Note, toolchainIdentity: String, timeout: Double) -> String {
        var h = Hasher64()
        h.combine(WeaveVersion.current)
        h.combine(toolchainIdentity)
        h.combine(note.source.displayPath)
        h.combine(String(timeout))
        h.combine(DataFiles.fingerprint(note))
        for cell in note.cells {
            h.combine(cell.code)
            // How the cell is instrumented decides what it displays, so a change there re-runs it.
            h.combine(ProgramGenerator.instrumented(cell))
            h.combine("\(cell.index):\(cell.line):\(cell.options.hide):\(cell.options.norun):\(cell.options.nooutput):\(cell.options.fails)")
        }
        return h.hex
    }

    public func load(_ key: String) -> NoteOutcome? {
        guard let data = try? Data(contentsOf: file(key)) else { return nil }
        return try? JSONDecoder().decode(NoteOutcome.self, from: data)
    }

    public func store(_ outcome: NoteOutcome, key: String) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(outcome) else { return }
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
