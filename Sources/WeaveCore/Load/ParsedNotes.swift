import Foundation

/// The Load stage's results in the stage cache (`StageCache`, stage `load`): a note's blocks and its
/// parser's warnings, under a hash of everything the parser reads (the note's body and the line it
/// starts on, its paths, its Markdown dialect and `LoadStage.version`), so that a build parses only the
/// notes that changed. Parsing is half of a rebuild whose notes did not change; reading a parse back
/// is a small fraction of that.
///
/// One load's use of the cache: what it read, and what it parsed anew to keep (`keep`).
struct ParsedNotes: Sendable {
    let cache: StageCache
    /// Each note's key, by its path in the notes folder.
    var keys: [String: StageCache.Key] = [:]
    /// The notes parsed in this load (not read from the cache), by their paths in the notes folder.
    var parsedNow: Set<String> = []

    init(in courseCache: URL) {
        cache = StageCache(in: courseCache, stage: "load", version: LoadStage.version)
    }

    func key(_ source: SourceFile, dialect: SiteSettings.Dialect) -> StageCache.Key {
        cache.key(owner: source.relativePath) { h in
            h.combine(source.displayPath)
            h.combine(String(source.bodyFirstLine))
            h.combine("\(dialect.indentedCode) \(dialect.lineBreaks)")
            h.combine(source.body)
        }
    }

    /// The note of `source` as parsed by an earlier build, if the cache has it under `key`.
    func load(_ source: SourceFile, key: StageCache.Key) -> Note? {
        cache.load(key) { fields -> Note? in
            guard let blocks = Block.readList(&fields), let diagnostics = fields.list(Diagnostic.read) else { return nil }
            return Note(source: source, blocks: blocks, title: NoteParser.title(source, blocks), diagnostics: diagnostics)
        }
    }

    /// Stores those of `notes` parsed in this load, and prunes the cache to the entries of this load's notes.
    func keep(_ notes: [Note]) {
        for note in notes where parsedNow.contains(note.source.relativePath) {
            guard let key = keys[note.source.relativePath] else { continue }
            cache.store(key, capacity: note.source.body.utf8.count * 2) { out in
                Block.write(note.blocks, to: &out)
                out.count(note.diagnostics.count)
                for diagnostic in note.diagnostics { diagnostic.write(to: &out) }
            }
        }
        cache.prune(keeping: Set(keys.values))
    }
}

extension Diagnostic {
    func write(to out: inout BinaryWriter) {
        out.byte(severity == .error ? 0 : severity == .warning ? 1 : 2)
        out.string(file)
        out.int(line)
        out.int(column)
        out.string(message)
    }

    static func read(_ r: inout BinaryReader) -> Diagnostic? {
        let severity: Severity
        switch r.byte() {
        case 0: severity = .error
        case 1: severity = .warning
        case 2: severity = .note
        default: return nil
        }
        guard let file = r.string(), let line = r.int(), let column = r.int(), let message = r.string() else { return nil }
        return Diagnostic(severity, file: file, line: line, column: column, message)
    }
}
