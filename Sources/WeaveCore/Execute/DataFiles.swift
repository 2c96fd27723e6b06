import Foundation
import SwiftSyntax

/// A file a note's cells may read, and what it held when they ran.
struct DataFile: Codable, Equatable, Sendable {
    /// The path as the cells run it: absolute, or resolved against the note's folder.
    var path: String
    /// A hash of the contents; nil when there was no such file (a string literal that names no file).
    var contentHash: String?
}

/// Finds the data files a note's cells read, so that editing one re-runs the note.
///
/// A string literal in a cell (of one plain segment) is taken as a path, absolute or relative to the
/// note's folder where cells run, when it names a file or reads like a path (`looksLikePath`). The cell cache keeps these with the outcome and
/// re-checks them by path, so finding them (a parse of each cell) happens only when the cells run.
enum DataFiles {
    /// The files the cells name, as they are now, in order of appearance.
    static func current(_ note: Note) -> [DataFile] {
        let noteFolder = URL(fileURLWithPath: note.source.displayPath).deletingLastPathComponent()
        var seen = Set<String>()
        var files: [DataFile] = []
        for cell in note.cells {
            for literal in stringLiterals(in: cell.code) where !literal.isEmpty && literal.utf8.count < 512 {
                let path = literal.hasPrefix("/") ? literal : noteFolder.appendingPathComponent(literal).path
                guard seen.insert(path).inserted else { continue }
                let hash = contentHash(path)
                // A literal that names no file now is kept only when it reads like a path (a file the
                // cells may write, or one still to come); labels and messages are not paths.
                if hash != nil || looksLikePath(literal) { files.append(DataFile(path: path, contentHash: hash)) }
            }
        }
        return files
    }

    /// Whether a literal reads like a file's path: no spaces or line breaks, and a folder (`/`) or a
    /// file extension (`loss.csv`, `weights.npz`).
    static func looksLikePath(_ literal: String) -> Bool {
        guard !literal.contains(where: { $0.isWhitespace }) else { return false }
        if literal.contains("/") { return true }
        guard let dot = literal.lastIndex(of: "."), dot != literal.startIndex else { return false }
        let ext = literal[literal.index(after: dot)...]
        return (1...10).contains(ext.count) && ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// The same files as they are now.
    static func refreshed(_ files: [DataFile]) -> [DataFile] {
        files.map { DataFile(path: $0.path, contentHash: contentHash($0.path)) }
    }

    private static func contentHash(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        return Hasher64.hex(data)
    }

    /// The values of the code's string literals made of one plain segment (no interpolation), in order of appearance.
    static func stringLiterals(in code: String) -> [String] {
        final class Collector: SyntaxVisitor {
            var values: [String] = []
            override func visit(_ node: StringLiteralExprSyntax) -> SyntaxVisitorContinueKind {
                if node.segments.count == 1, case .stringSegment = node.segments.first, let value = node.representedLiteralValue {
                    values.append(value)
                }
                return .visitChildren  // an interpolation can hold literals of its own
            }
        }
        let collector = Collector(viewMode: .sourceAccurate)
        collector.walk(ParsedCode.tree(code))
        return collector.values
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
