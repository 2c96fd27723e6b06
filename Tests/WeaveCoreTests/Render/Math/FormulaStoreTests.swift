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

    /// Each byte flipped, each cut, 0xFFFFFFFF at each offset (a count of four billion formulas used to
    /// abort every build): never a trap, never a formula that was not stored, always noted as damage.
    @Test func everyDamagedCopyOfAFileIsAMissNeverACrashOrWrongContent() {
        let bytes = FormulaStore.encode(Self.formulas, typesetter: "t")
        #expect(FormulaStore.decode(bytes, typesetter: "t") == (Self.formulas, false))
        for (what, damaged) in DamagedBytes.variants(of: bytes) {
            let read = FormulaStore.decode(damaged, typesetter: "t")
            #expect(read.damaged, "\(what)")
            #expect(read.formulas.count < Self.formulas.count, "\(what)")
            #expect(read.formulas.allSatisfy { Self.formulas[$0.key] == $0.value }, "\(what)")
        }
    }

    @Test func aDamagedFileIsNotedOnceAndItsIntactFormulasStay() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FormulaStore(directory: folder, typesetter: "t")
        store.save(Self.formulas, for: "a.md")
        let bytes = try Data(contentsOf: store.file("a.md"))
        try (bytes + Data([0])).write(to: store.file("a.md"))
        #expect(store.load("a.md") == Self.formulas, "the records are intact; the byte after them is not")
        try bytes.prefix(bytes.count - 1).write(to: store.file("a.md"))
        #expect(store.load("a.md").count == Self.formulas.count - 1)
        #expect(store.damage.takeNotes() == [
            "\(store.file("a.md").path): note: damaged cache file; its unreadable entries were ignored and rebuilt",
        ])
        #expect(store.load("missing.md").isEmpty && store.damage.takeNotes().isEmpty, "a missing file is not damage")
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
