import Foundation
import Testing
@testable import FormulaCheck

/// Every formula of the reference notes in `../shared/seeds` either parses or is declined with a
/// message; none crashes the parser or the checker.
@Suite struct SeedFormulaTests {
    static let seeds: URL = {
        if let path = ProcessInfo.processInfo.environment["WEAVE_SEEDS"] { return URL(fileURLWithPath: path) }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return package.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }()

    static var notes: [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
    }

    @Test(.enabled(if: !notes.isEmpty, "the reference notes are not next to the package"))
    func everySeedFormulaParsesOrIsDeclinedClearly() throws {
        var parsed = 0, declined = 0
        var reasons: [String: Int] = [:]
        for note in Self.notes {
            let text = try String(contentsOf: note, encoding: .utf8)
            let formulas = MathExtractor.formulas(in: text)
            #expect(!formulas.isEmpty || note.lastPathComponent == "README.md")
            var checker = FormulaChecker()
            for tex in formulas {
                var context = ParseContext()
                do {
                    _ = try FormulaParser.statements(tex, context: &context)
                    parsed += 1
                } catch let error as FormulaError {
                    declined += 1
                    #expect(!error.message.isEmpty, "\(tex)")
                    reasons[error.message, default: 0] += 1
                }
                // The whole check too: with its names unknown it declines, but it must say why.
                let result = checker.check(tex, variables: [])
                #expect(!result.message.isEmpty)
                #expect(result.passed || result.message.hasPrefix("cannot check: ") || result.message.contains(": "), "\(tex): \(result.message)")
            }
        }
        #expect(parsed + declined > 100)
        print("seed formulas: \(parsed) parse, \(declined) declined; most common reasons:",
              reasons.sorted { $0.value > $1.value }.prefix(8).map { "\($0.value)× \($0.key)" })
    }
}

/// Pulls `$$…$$` and `$…$` out of Markdown, outside fenced code.
enum MathExtractor {
    static func formulas(in markdown: String) -> [String] {
        var result: [String] = []
        var inFence = false
        var text = ""
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence.toggle(); text += "\n"; continue }
            text += inFence ? "\n" : line + "\n"
        }
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i] == "$" else { i += 1; continue }
            let display = i + 1 < chars.count && chars[i + 1] == "$"
            let open = display ? 2 : 1
            var j = i + open
            while j < chars.count {
                if chars[j] == "\\" { j += 2; continue }
                if chars[j] == "$" && (!display || (j + 1 < chars.count && chars[j + 1] == "$")) { break }
                if !display && chars[j] == "\n" { break }
                j += 1
            }
            guard j < chars.count, chars[j] == "$" else { i += open; continue }
            let tex = String(chars[(i + open)..<j])
            if !tex.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { result.append(tex) }
            i = j + open
        }
        return result
    }
}
