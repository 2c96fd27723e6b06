import Foundation

/// A note's cell outcome as the stage cache (`StageCache`) keeps it, with the data files it was computed
/// from.
///
/// The key covers the cells and their options, the note's place in the notes folder and time limit, the
/// engine and runtime build and the way cells are instrumented, so editing prose never re-runs cells.
/// The data files the cells name are kept with their content hashes and checked on load, so an edited
/// data file re-runs the note; computing the key parses nothing.
///
/// The path a note was named by (`notes/a.md`, or `./a.md` from inside the notes folder) is not part of
/// the key: the outcome's messages are stored with a placeholder for it, and get the path of the build
/// that reads them, so builds from any working folder share entries.
struct StoredOutcome: Codable {
    var outcome: NoteOutcome
    var dataFiles: [DataFile]

    /// Stands for the note's path in stored outcomes (two noncharacters around a word: in no real path).
    static let notePlaceholder = "\u{FFFF}note\u{FFFF}"

    /// The key of the note's outcome in `cache`.
    static func key(for note: Note, toolchainIdentity: String, timeout: Double, in cache: StageCache) -> StageCache.Key {
        cache.key(owner: note.source.relativePath) { h in
            h.combine(ProgramGenerator.scheme)
            h.combine(toolchainIdentity)
            h.combine(String(timeout))
            for cell in note.cells {
                h.combine(cell.code)
                h.combine("\(cell.index):\(cell.line):\(cell.options.hide):\(cell.options.norun):\(cell.options.nooutput):\(cell.options.fails)")
            }
        }
    }

    /// The outcome stored under `key`, if the data files it was computed from are unchanged, with its
    /// messages naming the note as `notePath`.
    static func load(_ key: StageCache.Key, notePath: String, from cache: StageCache) -> NoteOutcome? {
        guard let stored = cache.load(key, { $0.bytes().flatMap { try? JSONDecoder().decode(StoredOutcome.self, from: $0) } }),
              DataFiles.refreshed(stored.dataFiles) == stored.dataFiles else { return nil }
        return stored.outcome.relocated(from: notePlaceholder, to: notePath)
    }

    /// Stores an outcome of the note at `notePath` with the data files as they were when the cells ran.
    static func store(_ outcome: NoteOutcome, dataFiles: [DataFile], key: StageCache.Key, notePath: String, in cache: StageCache) {
        let portable = StoredOutcome(outcome: outcome.relocated(from: notePath, to: notePlaceholder), dataFiles: dataFiles)
        guard let json = try? JSONEncoder.sorted.encode(portable) else { return }
        cache.store(key, capacity: json.count) { $0.bytes(json) }
    }
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
