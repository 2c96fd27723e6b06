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
/// typesetter is ignored. Files are replaced whole (`UnsyncedFile`); a damaged file reads as empty.
public struct FormulaStore: Sendable {
    public let directory: URL
    /// `MathTypesetter.identity` of the typesetter whose output is stored.
    public let typesetter: String

    public init(directory: URL, typesetter: String) {
        self.directory = directory
        self.typesetter = typesetter
    }

    /// The formulas the note's page had when it was last rendered by this typesetter.
    public func load(_ relativePath: String) -> [Formula: MathResult] {
        guard let data = try? Data(contentsOf: file(relativePath)) else { return [:] }
        return Self.decode(data, typesetter: typesetter) ?? [:]
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
    // "weave-formulas 1\n", the typesetter identity and a count, then per formula: display (one byte),
    // TeX, HTML, error flag (one byte) and error message if flagged (`BinaryWriter`'s strings). Formulas
    // are written sorted, so the same formulas give the same bytes.

    static let magic = Data("weave-formulas 1\n".utf8)

    static func encode(_ formulas: [Formula: MathResult], typesetter: String) -> Data {
        var out = BinaryWriter(magic: magic)
        out.string(typesetter)
        out.count(formulas.count)
        let sorted = formulas.sorted { ($0.key.tex, $0.key.display ? 1 : 0) < ($1.key.tex, $1.key.display ? 1 : 0) }
        for (formula, result) in sorted {
            out.byte(formula.display ? 1 : 0)
            out.string(formula.tex)
            out.string(result.html)
            out.byte(result.error == nil ? 0 : 1)
            if let error = result.error { out.string(error) }
        }
        return out.data
    }

    /// nil when the data is not a complete file of this format written by `typesetter`.
    static func decode(_ data: Data, typesetter: String) -> [Formula: MathResult]? {
        guard var reader = BinaryReader(data, magic: magic), reader.string() == typesetter,
              let count = reader.count() else { return nil }
        var formulas: [Formula: MathResult] = [:]
        formulas.reserveCapacity(count)
        for _ in 0..<count {
            guard let display = reader.byte(), let tex = reader.string(), let html = reader.string(),
                  let flagged = reader.byte() else { return nil }
            var error: String?
            if flagged == 1 {
                guard let message = reader.string() else { return nil }
                error = message
            }
            formulas[Formula(tex: tex, display: display == 1)] = MathResult(html: html, error: error)
        }
        return reader.atEnd ? formulas : nil
    }
}
