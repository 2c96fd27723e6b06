import Foundation
import Testing
@testable import WeaveCore

/// The one place weave remembers typeset formulas: per page in the stage cache, per build, and KaTeX
/// loaded only when a formula is not known.
@Suite struct FormulaStoreTests {
    struct Broken: Error, CustomStringConvertible { var description: String { "no katex here" } }

    let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-formulas-\(UUID().uuidString)")
    var cache: StageCache { StageCache(in: root, stage: "math", version: FormulaStore.version) }

    static let formulas: [Formula: MathResult] = [
        Formula(tex: "x^2", display: false): MathResult(html: "<span class=\"katex\">x²</span>"),
        Formula(tex: "x^2", display: true): MathResult(html: "<span class=\"katex-display\">x²</span>"),
        Formula(tex: "\\text{损失} = \\frac12", display: false): MathResult(html: "<span>损失 ½</span>"),
        Formula(tex: "\\frac{", display: false): MathResult(html: "<span class=\"math-error\">\\frac{</span>",
                                                            error: "Expected '}', got 'EOF' at end of input"),
        Formula(tex: "", display: false): MathResult(html: ""),
    ]

    /// A store whose KaTeX cannot load, counting how often it was asked to.
    func store(_ identity: String = "katex-a", made: LockedCount = LockedCount()) -> FormulaStore {
        FormulaStore(cache: cache, identity: identity, existing: nil) { made.add(); throw Broken() }
    }

    /// Keeps `formulas` as those the page of `note` showed, as a build that typeset them would have.
    func show(_ formulas: [Formula: MathResult], on note: String, identity: String = "katex-a") {
        store(identity).keep(formulas, for: note)
    }

    @Test func aPageStartsFromTheFormulasItShowedLastTimeErrorsIncluded() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let made = LockedCount()
        #expect(store(made: made).page("01-intro.md").used.isEmpty)
        show(Self.formulas, on: "01-intro.md")
        let next = store(made: made)
        let page = next.page("01-intro.md")
        for (formula, result) in Self.formulas { #expect(page.render(formula.tex, display: formula.display) == result) }
        #expect(page.typesetCount == 0 && !page.changed && made.value == 0 && !next.loadedKaTeX, "KaTeX was never needed")
        #expect(next.page("02-other.md").used.isEmpty)
    }

    @Test func formulasOfAnotherTypesetterAreIgnored() {
        defer { try? FileManager.default.removeItem(at: root) }
        show(Self.formulas, on: "a.md", identity: "katex-a")
        let page = store("katex-b").page("a.md")
        _ = page.render("x^2", display: false)
        #expect(page.typesetCount == 1)
    }

    @Test func aNewFormulaLoadsKaTeXOnceAndTheNewSetIsKept() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        show([Formula(tex: "x", display: false): MathResult(html: "<x>"), Formula(tex: "gone", display: false): MathResult(html: "<gone>")], on: "a.md")
        let math = try SharedMath.get()
        let made = LockedCount()
        let store = FormulaStore(cache: cache, identity: "katex-a", existing: nil) { made.add(); return math }
        let page = store.page("a.md")
        _ = page.render("x", display: false)
        let y = page.render("y^2", display: true)
        _ = page.render("z", display: false)
        #expect(y == math.render("y^2", display: true) && y.html.contains("katex-display"))
        #expect(made.value == 1 && store.loadedKaTeX)
        #expect(page.typesetCount == 2 && page.changed)
        store.keep(page)
        let again = self.store().page("a.md")
        for tex in ["x", "z"] { _ = again.render(tex, display: false) }
        _ = again.render("y^2", display: true)
        #expect(again.typesetCount == 0, "a formula no longer on the page was dropped, the new ones kept")
        _ = again.render("gone", display: false)
        #expect(again.typesetCount == 1)
    }

    @Test func aPageThatLostAFormulaHasChanged() {
        defer { try? FileManager.default.removeItem(at: root) }
        show([Formula(tex: "x", display: false): MathResult(html: "<x>"), Formula(tex: "y", display: false): MathResult(html: "<y>")], on: "a.md")
        let page = store().page("a.md")
        _ = page.render("x", display: false)
        #expect(page.typesetCount == 0 && page.changed)
    }

    @Test func aKaTeXThatWillNotLoadIsReportedOnceAndEveryFormulaStillReads() {
        let made = LockedCount()
        let store = FormulaStore(cache: nil, identity: "", existing: nil) { made.add(); throw Broken() }
        let page = store.page("a.md")
        let a = page.render("a < b", display: false)
        let b = page.render("c", display: true)
        #expect(made.value == 1)
        #expect(a.error?.contains("no katex here") == true && a.html.contains("a &lt; b"))
        #expect(b.html.contains("math-display"))
        #expect(store.loadError.map { "\($0)" } == "no katex here")
    }

    @Test func theSameFormulasGiveTheSameBytes() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let file = cache.file(store().key("a.md", in: cache))
        show(Self.formulas, on: "a.md")
        let first = try Data(contentsOf: file)
        var reversed: [Formula: MathResult] = [:]
        for (k, v) in Self.formulas.reversed() { reversed[k] = v }
        show(reversed, on: "a.md")
        #expect(try Data(contentsOf: file) == first)
        #expect(cache.load(store().key("a.md", in: cache), FormulaStore.formulas) == Self.formulas)
    }

    @Test func pruningKeepsTheNamedNotes() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        for note in ["a.md", "b.md", "sub/c.md"] { show(Self.formulas, on: note) }
        store().prune(keeping: ["a.md", "sub/c.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.folder.path).count == 2)
        let page = store().page("b.md")
        _ = page.render("x^2", display: false)
        #expect(page.typesetCount == 1)
    }
}
