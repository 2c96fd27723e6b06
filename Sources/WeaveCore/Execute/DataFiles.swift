import Foundation
import SwiftParser
import SwiftSyntax

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
            for path in stringLiterals(in: cell.code) {
                guard !path.isEmpty, path.count < 512 else { continue }
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
        collector.walk(Parser.parse(source: code))
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
