import Foundation
import Testing

/// Links to the API reference (`/api/documentation/<module>[/<article>]`, in the course's notes and in the
/// catalogs themselves) name pages that `make docs` writes: a module with a catalog, and an article of it.
/// weave passes site-absolute links through unchecked, so this test is what keeps them from breaking.
@Suite struct ReferenceLinksTests {
    static let root = DocumentationExamplesTests.packageRoot

    /// The `/api/documentation/…` paths linked from the Markdown files in `folder` (relative to the root).
    static func links(in folder: String) -> [(file: String, path: String)] {
        let url = root.appendingPathComponent(folder)
        guard let files = FileManager.default.enumerator(atPath: url.path) else { return [] }
        var found: [(String, String)] = []
        for case let name as String in files where name.hasSuffix(".md") {
            let text = (try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)) ?? ""
            for match in text.matches(of: #/\(/api/documentation/([a-z0-9/]+)\)/#) {
                found.append(("\(folder)/\(name)", String(match.output.1)))
            }
        }
        return found
    }

    /// Whether the reference has a page at `documentation/<path>`: DocC names pages by the module and
    /// the article's file name, lower-cased.
    static func pageExists(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        guard (1...2).contains(parts.count) else { return false }
        let sources = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Sources").path)) ?? []
        guard let module = sources.first(where: { $0.lowercased() == parts[0] }) else { return false }
        let catalog = root.appendingPathComponent("Sources/\(module)/\(module).docc")
        let articles = (try? FileManager.default.contentsOfDirectory(atPath: catalog.path)) ?? []
        guard !articles.isEmpty else { return false }
        return parts.count == 1 || articles.contains { $0.lowercased() == parts[1] + ".md" }
    }

    @Test func theCourseLinksToTheReference() {
        let links = Self.links(in: "notes")
        #expect(links.contains { $0.file.hasSuffix("index.md") && $0.path == "nn" })
        #expect(links.contains { $0.file.hasSuffix("api-cheat-sheet.md") })
    }

    @Test func everyLinkToTheReferenceNamesAPageOfIt() {
        let links = Self.links(in: "notes") + Self.links(in: "Sources")
        #expect(links.count >= 10)
        for link in links {
            #expect(Self.pageExists(link.path), "\(link.file): /api/documentation/\(link.path) is no page of the reference")
        }
    }

    @Test func aLinkToAPageThatIsNotThereIsCaught() {
        #expect(Self.pageExists("nn/frompytorchtonn"))
        #expect(!Self.pageExists("nn/nosucharticle"))
        #expect(!Self.pageExists("weavecore"), "WeaveCore has no catalog")
        #expect(!Self.pageExists("nn/a/b"))
    }
}
