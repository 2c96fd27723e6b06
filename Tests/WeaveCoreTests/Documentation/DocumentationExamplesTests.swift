import Foundation
import Testing
@testable import WeaveCore

/// Every example in the DocC catalogs under `Sources/` runs as a note's cells would: it compiles against
/// the engine, passes (or fails, when marked `fails`), shows the text the article shows under it, and
/// draws the picture the article shows. An example that drifts from the API fails here.
///
/// `WEAVE_RECORD=1` rewrites the pictures in the catalogs' `Resources` from the examples.
@Suite(.serialized) struct DocumentationExamplesTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The articles of every catalog, as paths relative to the package root.
    static let articles: [String] = {
        let sources = packageRoot.appendingPathComponent("Sources")
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? []
        return targets.sorted().flatMap { target -> [String] in
            let catalog = "Sources/\(target)/\(target).docc"
            let files = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent(catalog).path)) ?? []
            return files.filter { $0.hasSuffix(".md") }.sorted().map { "\(catalog)/\($0)" }
        }
    }()

    @Test func theCatalogsOfTheReferenceAreFound() {
        for target in ["NN", "Charts", "CellRuntime", "FormulaCheck"] {
            #expect(Self.articles.contains { $0.hasPrefix("Sources/\(target)/\(target).docc/") }, "no articles for \(target)")
        }
    }

    @Test(arguments: articles)
    func everyExampleRunsAndShowsWhatTheArticleSays(_ path: String) throws {
        let url = Self.packageRoot.appendingPathComponent(path)
        let article = DocumentationArticle(text: try String(contentsOf: url, encoding: .utf8), displayPath: path)
        #expect(article.problems == [])
        guard !article.examples.isEmpty || !article.tables.isEmpty else { return }

        let source = try NoteLoader.load(Data(article.noteText.utf8), displayPath: path, relativePath: url.lastPathComponent)
        let note = NoteParser.parse(source)
        #expect(note.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let outcome = NoteExecutor(toolchain: try Toolchain.locate(), cache: nil).run(note)
        #expect(outcome.diagnostics.map(\.description) == [])

        if outcome.compileFailed {
            let errors = outcome.cells.flatMap { Self.shown($0, locations: true) }
            Issue.record("\(path): the examples do not compile:\n\(errors.joined(separator: "\n"))")
            return
        }
        // The cells are the examples and the tables, in the order of their lines.
        let cellLines = (article.examples.map(\.line) + article.tables.map(\.line)).sorted()
        try #require(outcome.cells.count == cellLines.count, "\(path): \(outcome.cells.count) cells ran for \(cellLines.count) examples and tables")
        for (cell, line) in zip(outcome.cells, cellLines) {
            let example = article.examples.first { $0.line == line }
            let expected: CellOutcome.Status = example?.options.contains("norun") == true ? .skipped : .passed
            #expect(cell.status == expected, "\(path):\(line): the example \(cell.status == .failed ? "failed" : "did not run"): \(Self.shown(cell, locations: true).joined(separator: "\n"))")
            guard let example else { continue }
            if let output = example.expectedOutput {
                #expect(Self.shown(cell).joined(separator: "\n") == output.text,
                        "\(path):\(output.line): the example at line \(line) shows something else")
            }
            // An error names the article's own file and a line of the example.
            for case .error(let diagnostic) in cell.outputs {
                #expect(diagnostic.file == path && (line + 1..<example.closingLine).contains(diagnostic.line),
                        "\(path):\(line): the error is not located in the example: \(diagnostic)")
            }
            if let picture = example.picture {
                try expectPicture(cell, picture.name, catalog: url.deletingLastPathComponent(), at: "\(path):\(picture.line)")
            }
        }
    }

    /// What a page shows under a cell, as plain text: printed text, shown values, checks with ✓ or ✗, and
    /// errors without their `file:line:column:` (the test checks those on their own, so that an edit above
    /// an example does not change what the article shows); weave's own notices (such as "failed as
    /// expected") are left out. With `locations`, errors keep their `file:line:column:`, for messages.
    static func shown(_ cell: CellOutcome, locations: Bool = false) -> [String] {
        cell.outputs.compactMap { output in
            switch output {
            case .text(let text): return text.hasSuffix("\n") ? String(text.dropLast()) : text
            case .display(let text, _), .figure(let text, _, _, _): return text
            case .warning(let diagnostic): return "warning: \(diagnostic.message)"
            case .check(let passed, let text, _, _): return "\(passed ? "✓" : "✗") \(text)"
            case .error(let diagnostic):
                return locations ? diagnostic.description : "\(diagnostic.severity.rawValue): \(diagnostic.message)"
            case .notice: return nil
            }
        }
    }

    /// The last SVG the cell shows must be the picture `name` in the catalog's `Resources`.
    private func expectPicture(_ cell: CellOutcome, _ name: String, catalog: URL, at place: String) throws {
        let svg = cell.outputs.reversed().lazy.compactMap { output -> String? in
            if case .display(_, let html?) = output, html.hasPrefix("<svg") { return html }
            return nil
        }.first
        guard let svg else {
            Issue.record("\(place): the example above the picture \(name) shows no chart")
            return
        }
        let file = catalog.appendingPathComponent("Resources").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WEAVE_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (svg + "\n").write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let stored = try? String(contentsOf: file, encoding: .utf8)
        #expect(stored == svg + "\n", "\(place): \(name) is not the chart its example draws; run the test with WEAVE_RECORD=1 to redraw it")
    }
}
