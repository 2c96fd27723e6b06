import Foundation
import Testing
@testable import WeaveCore

@Suite struct LazyTypesetterTests {
    struct Broken: Error, CustomStringConvertible { var description: String { "no katex here" } }

    @Test func knownFormulasNeverLoadKaTeX() {
        let made = LockedCount()
        let lazy = LazyTypesetter(existing: nil) { made.add(); throw Broken() }
        let known = [Formula(tex: "x", display: false): MathResult(html: "<x>")]
        let page = PageFormulas(known: known, typesetter: lazy)
        #expect(page.render("x", display: false) == MathResult(html: "<x>"))
        #expect(page.render("x", display: false) == MathResult(html: "<x>"))
        #expect(made.value == 0 && !lazy.wasUsed)
        #expect(page.typesetCount == 0 && !page.changed)
    }

    @Test func aNewFormulaLoadsKaTeXOnceAndChangesThePage() throws {
        let math = try SharedMath.get()
        let made = LockedCount()
        let lazy = LazyTypesetter(existing: nil) { made.add(); return math }
        let known = [Formula(tex: "x", display: false): MathResult(html: "<x>"),
                     Formula(tex: "gone", display: false): MathResult(html: "<gone>")]
        let page = PageFormulas(known: known, typesetter: lazy)
        _ = page.render("x", display: false)
        let y = page.render("y^2", display: true)
        _ = page.render("z", display: false)
        #expect(y == math.render("y^2", display: true) && y.html.contains("katex-display"))
        #expect(made.value == 1 && lazy.wasUsed)
        #expect(page.typesetCount == 2 && page.changed)
        #expect(Set(page.used.keys.map(\.tex)) == ["x", "y^2", "z"], "a formula no longer on the page is dropped")
    }

    @Test func aPageThatLostAFormulaHasChanged() {
        let lazy = LazyTypesetter(existing: nil) { throw Broken() }
        let known = [Formula(tex: "x", display: false): MathResult(html: "<x>"),
                     Formula(tex: "y", display: false): MathResult(html: "<y>")]
        let page = PageFormulas(known: known, typesetter: lazy)
        _ = page.render("x", display: false)
        #expect(page.typesetCount == 0 && page.changed)
    }

    @Test func aKaTeXThatWillNotLoadIsReportedOnceAndEveryFormulaStillReads() {
        let made = LockedCount()
        let lazy = LazyTypesetter(existing: nil) { made.add(); throw Broken() }
        let a = lazy.render(Formula(tex: "a < b", display: false))
        let b = lazy.render(Formula(tex: "c", display: true))
        #expect(made.value == 1)
        #expect(a.error?.contains("no katex here") == true && a.html.contains("a &lt; b"))
        #expect(b.html.contains("math-display"))
        #expect(lazy.loadError.map { "\($0)" } == "no katex here")
    }
}
