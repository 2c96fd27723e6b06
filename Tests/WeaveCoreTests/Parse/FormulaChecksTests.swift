import Testing
@testable import WeaveCore

/// Display formulas with a check comment become hidden formula-check cells, numbered with the code
/// cells in document order; a check comment anywhere else is an error at its line.
@Suite struct FormulaChecksTests {
    @Test func aCheckedFormulaIsFollowedByItsCheckCell() {
        let note = parse("""
        # T

        $$
        \\sigma'(x) = \\sigma(x)(1-\\sigma(x))
        $$
        <!-- check: x = -6...6 -->

        ```swift-nn
        print(1)
        ```

        $$
        f(x) = x^2
        $$

        <!-- check: x = -1...1, fails -->
        """)
        #expect(note.diagnostics.isEmpty)
        let cells = note.cells
        #expect(cells.map(\.index) == [0, 1, 2])
        #expect(cells.map { $0.formula != nil } == [true, false, true])
        #expect(cells[0].line == 3)
        #expect(cells[0].codeLine == 3)
        #expect(cells[0].options.hide)
        #expect(cells[0].formula == "\n\\sigma'(x) = \\sigma(x)(1-\\sigma(x))\n")
        #expect(cells[0].code == #"checkFormula("\n\\sigma'(x) = \\sigma(x)(1-\\sigma(x))\n", with: ["x": .range(-6.0, 6.0)], line: 3, column: 1)"#)
        #expect(cells[2].code.hasSuffix(#"with: ["x": .range(-1.0, 1.0)], fails: true, line: 12, column: 1)"#))
        // The formula itself stays in the page, right before its check.
        guard case .displayMath = note.blocks[1], case .cell(let first) = note.blocks[2] else {
            Issue.record("expected the formula, then its check")
            return
        }
        #expect(first.index == 0)
    }

    @Test func formulasInListsAndQuotesAreCheckedToo() {
        let note = parse("""
        - 第一项：

          $$
          x^2 \\ge 0
          $$
          <!-- check: x = -1...1 -->

        > $$
        > |x| \\ge 0
        > $$
        > <!-- check: x = -1...1 -->
        """)
        #expect(note.diagnostics.isEmpty, "\(note.diagnostics)")
        #expect(note.cells.compactMap(\.formula).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } == ["x^2 \\ge 0", "|x| \\ge 0"])
    }

    /// Every list of sibling blocks is paired, whatever holds it: a callout's body and a footnote too.
    @Test func formulasInCalloutsAndFootnotesAreCheckedToo() {
        let note = parse("""
        > [!note] 小结
        >
        > $$
        > x^2 \\ge 0
        > $$
        > <!-- check: x = -1...1 -->

        Text[^1].

        [^1]: A footnote.

            $$
            |x| \\ge 0
            $$
            <!-- check: x = -1...1 -->
        """)
        #expect(note.diagnostics.isEmpty, "\(note.diagnostics)")
        #expect(note.cells.map(\.index) == [0, 1])
        #expect(note.cells.compactMap(\.formula).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } == ["x^2 \\ge 0", "|x| \\ge 0"])
        #expect(note.cells.map(\.line) == [3, 12])
    }

    @Test func aCheckCommentElsewhereIsAnErrorAtItsLine() {
        let lonely = parse("# T\n\nSome text.\n\n<!-- check: x = 1...2 -->\n")
        #expect(lonely.diagnostics.map(\.description) == [
            "notes/test.md:5: error: a check comment must come right after a display formula ($$ … $$ on lines of their own)",
        ])
        #expect(lonely.cells.isEmpty)
        let glued = parse("# T\n\nText\n$$\nx = x\n$$\n<!-- check: x = 1...2 -->\n")
        #expect(glued.diagnostics.first?.message.hasSuffix("put a blank line before the formula's $$ so that it stands on its own") == true)
        let inline = parse("# T\n\n$$x = x$$ <!-- check: x = 1...2 -->\n")
        #expect(inline.diagnostics.map(\.description) == [
            "notes/test.md:3: error: a check comment must be on lines of its own, right after a display formula ($$ … $$ on lines of their own)",
        ])
        let malformed = parse("# T\n\n$$\nx = x\n$$\n<!-- check: x = 2...1 -->\n")
        #expect(malformed.diagnostics.map(\.description) == [
            "notes/test.md:6: error: check comment: x = 2...1 is an empty range (its lower end is above its upper end)",
        ])
        #expect(parse("# T\n\n$$\nx\n$$\n<!-- a comment -->\n").diagnostics.isEmpty)
    }
}
