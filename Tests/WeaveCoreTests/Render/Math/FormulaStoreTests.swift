import Foundation
import Testing
@testable import WeaveCore

@Suite struct FormulaStoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-formulas-\(UUID().uuidString)")

    static let formulas: [Formula: MathResult] = [
        Formula(tex: "x^2", display: false): MathResult(html: "<span class=\"katex\">x²</span>"),
        Formula(tex: "x^2", display: true): MathResult(html: "<span class=\"katex-display\">x²</span>"),
        Formula(tex: "\\text{损失} = \\frac12", display: false): MathResult(html: "<span>损失 ½</span>"),
        Formula(tex: "\\frac{", display: false): MathResult(html: "<span class=\"math-error\">\\frac{</span>",
                                                            error: "Expected '}', got 'EOF' at end of input"),
        Formula(tex: "", display: false): MathResult(html: ""),
    ]

    @Test func keepsEachPagesFormulasWithTheirErrors() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FormulaStore(directory: folder, typesetter: "katex-a")
        #expect(store.load("01-intro.md").isEmpty)
        store.save(Self.formulas, for: "01-intro.md")
        #expect(store.load("01-intro.md") == Self.formulas)
        #expect(store.load("02-other.md").isEmpty)
    }

    @Test func formulasFromAnotherTypesetterAreIgnored() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        FormulaStore(directory: folder, typesetter: "katex-a").save(Self.formulas, for: "a.md")
        #expect(FormulaStore(directory: folder, typesetter: "katex-b").load("a.md").isEmpty)
    }

    @Test func aDamagedFileReadsAsEmpty() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FormulaStore(directory: folder, typesetter: "t")
        store.save(Self.formulas, for: "a.md")
        let bytes = try Data(contentsOf: store.file("a.md"))
        for cut in [0, 5, bytes.count / 2, bytes.count - 1] {
            try bytes.prefix(cut).write(to: store.file("a.md"))
            #expect(store.load("a.md").isEmpty, "cut at \(cut)")
        }
        try (bytes + Data([0])).write(to: store.file("a.md"))
        #expect(store.load("a.md").isEmpty, "trailing garbage")
    }

    @Test func theSameFormulasGiveTheSameBytes() {
        var reversed: [Formula: MathResult] = [:]
        for (k, v) in Self.formulas.reversed() { reversed[k] = v }
        #expect(FormulaStore.encode(Self.formulas, typesetter: "t") == FormulaStore.encode(reversed, typesetter: "t"))
    }

    @Test func pruningKeepsOnlyTheNamedNotes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FormulaStore(directory: folder, typesetter: "t")
        for note in ["a.md", "b.md", "sub/c.md"] { store.save(Self.formulas, for: note) }
        // A temporary file left by a build killed mid-write goes too.
        try Data("half".utf8).write(to: folder.appendingPathComponent(".tmp-1-2-\(store.file("a.md").lastPathComponent)"))
        store.prune(keeping: ["a.md", "sub/c.md"])
        #expect(!store.load("a.md").isEmpty && !store.load("sub/c.md").isEmpty)
        #expect(store.load("b.md").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 2)
    }
}
