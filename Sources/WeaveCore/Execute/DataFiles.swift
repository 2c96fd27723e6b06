import Foundation

/// Finds the data files a note's cells read, so that editing one re-runs the note.
///
/// A string literal in a cell that names an existing file — absolute, or relative to the note's
/// folder, where cells run — counts as a data file; its contents go into the cache key.
enum DataFiles {
    /// A fingerprint of the files the cells name, in order of appearance.
    static func fingerprint(_ note: Note) -> String {
        var h = Hasher64()
        let noteFolder = URL(fileURLWithPath: note.source.displayPath).deletingLastPathComponent()
        for cell in note.cells {
            for token in SwiftLexer.tokenize(cell.code) where token.kind == .string {
                let path = token.text.trimmingCharacters(in: CharacterSet(charactersIn: "#\""))
                guard !path.isEmpty, !path.contains("\\("), path.count < 512 else { continue }
                for candidate in [path.hasPrefix("/") ? path : noteFolder.appendingPathComponent(path).path] {
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                          let data = FileManager.default.contents(atPath: candidate) else { continue }
                    h.combine(path)
                    h.combine(Hasher64.hex(data))
                    break
                }
            }
        }
        return h.hex
    }
}

extension Hasher64 {
    /// The hash of raw bytes, as 16 hex digits.
    static func hex(_ data: Data) -> String {
        var h = Hasher64()
        h.combine(bytes: data)
        return h.hex
    }
}
