import Foundation
import Testing
@testable import WeaveCore

/// End to end: checked formulas in a note run in its program, show ✓ or ✗ under the formula, and
/// `weave check` reports a wrong one at its file and line with the point and both values.
@Suite(.serialized) struct FormulaCheckBuildTests {
    static let note = #"""
    # 公式自检

    $$
    \sigma'(x)=\sigma(x)\,\bigl(1-\sigma(x)\bigr)
    $$
    <!-- check: x = -6...6 -->

    $$
    \sigma'(x) = \sigma(x)\,\bigl(1+\sigma(x)\bigr)
    $$
    <!-- check: x = -6...6 -->

    $$
    \sigma(x) = \frac{1}{1-e^{-x}}
    $$
    <!-- check: x = -6...6, fails -->

    ```swift-nn
    let w = Tensor([0.5, -1.0, 2.0])
    checkFormula(#"f(x) = x^3"#, over: ["x": -2...2])
    checkFormula(#"\mathbf w^\top \mathbf w = 5.25"#, with: ["w": .value(w)])
    ```

    $$
    f'(x) = 3x^2
    $$
    <!-- check: x = -2...2 -->
    """#

    @Test func rightAndWrongFormulasShowUnderTheFormulaAndCountInCheck() throws {
        let notes = try TemporaryNotes(["f.md": Self.note])
        defer { notes.cleanUp() }
        _ = try notes.build()
        let page = try notes.page("f.html")
        // Each formula is followed by its own check.
        let blocks = page.components(separatedBy: "<div class=\"math-block\">").dropFirst().map { block in
            block.components(separatedBy: "<div class=\"check ").dropFirst().first.map { String($0.prefix(while: { $0 != "<" })) } ?? ""
        }
        #expect(blocks == ["check-pass\" title=\"line 3\">", "check-fail\" title=\"line 8\">",
                           "check-pass\" title=\"line 13\">", "check-pass\" title=\"line 24\">"])
        #expect(page.contains("<span class=\"mark\">✓</span> holds at 14 points: x ∈ [−6, 6]</div>"))
        #expect(page.contains("<span class=\"mark\">✗</span> \\sigma&#39;(x) = \\sigma(x)\\,\\bigl(1+\\sigma(x)\\bigr): at x = −6: left 0.00247, right 0.00248</div>"))
        #expect(page.contains("✓</span> fails as expected: \\sigma(x) = \\frac{1}{1-e^{-x}}: at x = −6: left 0.00247, right −0.00248"))
        #expect(page.contains("✓</span> defines f(x); evaluates at 14 points: x ∈ [−2, 2]"))
        #expect(page.contains("✓</span> holds: 5.25 = 5.25"))
        #expect(page.contains("<div class=\"cell formula-check cell-failed\""))

        let runner = notes.runner()
        let report = try runner.check()
        #expect(report.failures.map(\.description) == [
            "\(notes.notes)/f.md:8:1: error: check failed: \\sigma'(x) = \\sigma(x)\\,\\bigl(1+\\sigma(x)\\bigr): at x = −6: left 0.00247, right 0.00248",
        ])
        // Formula checks count once each (4, one failed); the cell counts as a cell and its 2 checks.
        #expect(report.cells == 1)
        #expect(report.checks == 6)
        #expect(report.summaryLine == "6 passed, 1 failed")
    }

    @Test func unsupportedTeXFailsTheCheckEvenWhenMarkedFails() throws {
        let notes = try TemporaryNotes(["u.md": "# U\n\n$$\n\\mathbb{E}[x] = 0\n$$\n<!-- check: x = -1...1, fails -->\n"])
        defer { notes.cleanUp() }
        let runner = notes.runner()
        let report = try runner.check()
        #expect(report.failures.map(\.description) == ["\(notes.notes)/u.md:3:1: error: check failed: cannot check: \\mathbb{E} is not supported"])
        #expect(report.summaryLine == "0 passed, 1 failed")
    }
}
