import Foundation

/// One formula as the typesetter sees it: its TeX and whether it is display math.
public struct Formula: Hashable, Sendable {
    public var tex: String
    public var display: Bool

    public init(tex: String, display: Bool) {
        self.tex = tex
        self.display = display
    }
}

/// Keeps each page's typeset formulas on disk, so a page that renders again (after a prose edit, a cell
/// edit or a new weave) typesets only the formulas that are new.
///
/// One file per note, holding exactly the formulas of its last rendering (so it never grows stale), and
/// stamped with the typesetter's identity (KaTeX's script, options and macros): a file written by another
/// typesetter is ignored. Files are replaced whole (`UnsyncedFile`); a damaged record reads as a missing formula.
public struct FormulaStore: Sendable {
    public let directory: URL
    /// `MathTypesetter.identity` of the typesetter whose output is stored.
    public let typesetter: String
    /// Notes the files found damaged (their damaged formulas are misses and get typeset again).
    public let damage = CacheDamage()

    public init(directory: URL, typesetter: String) {
        self.directory = directory
        self.typesetter = typesetter
    }

    /// The formulas the note's page had when it was last rendered by this typesetter.
    public func load(_ relativePath: String) -> [Formula: MathResult] {
        let file = file(relativePath)
        guard let data = try? Data(contentsOf: file) else { return [:] }
        let read = Self.decode(data, typesetter: typesetter)
        if read.damaged { damage.found(file) }
        return read.formulas
    }

    /// Replaces what is kept for the note with `formulas`.
    public func save(_ formulas: [Formula: MathResult], for relativePath: String) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? UnsyncedFile.replace(file(relativePath), with: Self.encode(formulas, typesetter: typesetter))
    }

    /// Deletes the files of notes not in `relativePaths` (notes deleted or renamed).
    public func prune(keeping relativePaths: Set<String>) {
        let keep = Set(relativePaths.map { file($0).lastPathComponent })
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasSuffix(Self.suffix) && !keep.contains(name) {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    static let suffix = ".formulas"

    func file(_ relativePath: String) -> URL {
        directory.appendingPathComponent(Hasher64.hex(relativePath) + Self.suffix)
    }

    // MARK: The file format
    //
    // "weave-formulas 3\n", a header record (the typesetter identity and the number of formulas), then a
    // record per formula: display (one byte), TeX, HTML, error flag (one byte) and error message if flagged
    // (`BinaryWriter`'s strings). Formulas are written sorted, so the same formulas give the same bytes.
    // Every record carries a checksum; a damaged record is a miss (the formula is typeset again).

    static let magic = Data("weave-formulas 3\n".utf8)
    /// The first lines of files written by earlier versions of weave (2: byte-wise FNV-1a checksums): not
    /// ours to read, but not damaged.
    static let formerMagics = [Data("weave-formulas 1\n".utf8), Data("weave-formulas 2\n".utf8)]

    static func encode(_ formulas: [Formula: MathResult], typesetter: String) -> Data {
        var out = BinaryWriter(magic: magic)
        out.record {
            $0.string(typesetter)
            $0.count(formulas.count)
        }
        let sorted = formulas.sorted { ($0.key.tex, $0.key.display ? 1 : 0) < ($1.key.tex, $1.key.display ? 1 : 0) }
        for (formula, result) in sorted {
            out.record {
                $0.byte(formula.display ? 1 : 0)
                $0.string(formula.tex)
                $0.string(result.html)
                $0.byte(result.error == nil ? 0 : 1)
                if let error = result.error { $0.string(error) }
            }
        }
        return out.data
    }

    /// The intact formulas of a file written by `typesetter` (none for another typesetter's file), and
    /// whether anything in it was damaged.
    static func decode(_ data: Data, typesetter: String) -> (formulas: [Formula: MathResult], damaged: Bool) {
        guard var reader = BinaryReader(data, magic: magic) else {
            return ([:], !formerMagics.contains { data.starts(with: $0) })
        }
        guard case .intact(var header)? = reader.record(), let identity = header.string(), let count = header.count(),
              header.atEnd else { return ([:], true) }
        guard identity == typesetter else { return ([:], false) }
        var formulas: [Formula: MathResult] = [:]
        var damaged = false
        while !reader.atEnd {
            guard let record = reader.record() else {
                damaged = true
                break
            }
            guard case .intact(var fields) = record, let formula = Self.formula(&fields) else {
                damaged = true
                continue
            }
            formulas[formula.0] = formula.1
        }
        return (formulas, damaged || formulas.count != count)
    }

    /// One formula record's fields; nil unless they are exactly what `encode` writes.
    private static func formula(_ fields: inout BinaryReader) -> (Formula, MathResult)? {
        guard let display = fields.byte(), display <= 1, let tex = fields.string(), let html = fields.string(),
              let flagged = fields.byte(), flagged <= 1 else { return nil }
        var error: String?
        if flagged == 1 {
            guard let message = fields.string() else { return nil }
            error = message
        }
        guard fields.atEnd else { return nil }
        return (Formula(tex: tex, display: display == 1), MathResult(html: html, error: error))
    }
}
