import Testing
@testable import WeaveCore

@Suite struct MathParsingTests {
    @Test func underscoresAndAsterisksSurviveInline() {
        let math = mathNodes(parse("Let $a_1 * b_2$ and $c_3 * d_4$ be given."))
        #expect(math.map(\.tex) == ["a_1 * b_2", "c_3 * d_4"])
        #expect(math.allSatisfy { !$0.display })
    }

    @Test func bracesAndDoubleBackslashSurvive() {
        let math = mathNodes(parse("$$\n\\{x\\} \\\\ y\n$$"))
        #expect(math.map(\.tex) == ["\n\\{x\\} \\\\ y\n"])
        #expect(math.first?.display == true)
    }

    @Test func displayMathInsideAListItem() {
        let note = parse("1. The gradient is:\n   $$\n   \\nabla f = (f_x, f_y) \\\\ g\n   $$\n   It points uphill.\n")
        #expect(mathNodes(note).map(\.tex) == ["\n\\nabla f = (f_x, f_y) \\\\ g\n"])
        guard case .list(_, _, _, let items, _)? = note.blocks.first else { Issue.record("no list"); return }
        #expect(items.count == 1)
    }

    @Test func displayMathInsideAQuoteWithABlankLine() {
        let note = parse("> $$\n> a_1 = b \\\\\n>\n> c = d\n> $$\n")
        #expect(mathNodes(note).map(\.tex) == ["\na_1 = b \\\\\n\nc = d\n"])
        guard case .quote(let inner, _)? = note.blocks.first else { Issue.record("no quote"); return }
        #expect(inner.count == 1)
    }

    @Test func dollarsInCodeAreNotMath() {
        let note = parse("Use `$x$` literally.\n\n```swift\nlet s = \"$a$\"\n```\n")
        #expect(mathNodes(note).isEmpty)
        guard case .code(_, let code, _)? = note.blocks.last else { Issue.record("no code"); return }
        #expect(code == "let s = \"$a$\"\n")
    }

    @Test func currencyIsNotMath() {
        #expect(mathNodes(parse("It costs $5 and $10.")).isEmpty)
    }

    @Test func escapedDollarIsText() {
        #expect(mathNodes(parse("A \\$ sign and $x$.")).map(\.tex) == ["x"])
    }

    @Test func unterminatedDisplayMathIsReportedWithItsLine() {
        let note = parse("Text\n\n$$\nx = 1\n")
        #expect(note.diagnostics.map(\.description) == ["notes/test.md:3: error: display math opened with $$ is never closed"])
    }

    @Test func mathLinesPointAtTheNote() {
        let note = parse("---\ntitle: T\n---\n\nA\n\n$$\nx\n$$\n\nB $y$\n")
        var lines: [Int] = []
        for block in note.blocks {
            if case .displayMath(_, let line) = block { lines.append(line) }
            if case .paragraph(let inlines, _) = block {
                for case .math(_, _, let line) in inlines { lines.append(line) }
            }
        }
        #expect(lines == [7, 11])
    }

    @Test func pipesInsideMathDoNotSplitTableCells() {
        let note = parse("| a | b |\n|---|:-:|\n| $|x|$ | 2 |\n")
        guard case .table(let table, _)? = note.blocks.first else { Issue.record("no table"); return }
        #expect(table.alignments == [.none, .center])
        #expect(table.rows.count == 1)
        #expect(table.rows[0][0] == [.math(tex: "|x|", display: false, line: 3)])
    }

    /// A code span closes at the next backtick run of the same length, not a longer or shorter one; a
    /// backtick after a backslash is text, and the rest of its run opens a span of its own.
    @Test func codeSpansPairBacktickRunsOfEqualLength() {
        let note = parse("`a $x$ `` $y$ ` then \\``$z$`` and ``b`c`` $w$\n")
        #expect(mathNodes(note).map(\.tex) == ["w"])
    }

    /// As in Typora: inline math pairs each `$` with the next unescaped `$` of its line, spaces inside
    /// allowed; `$$` opens display math up to the next `$$`.
    @Test func mathPairsDollarsAsTyporaDoes() {
        let note = parse("$ x_k $ and $f(x) $ and $a\\$b$ then $$y$$ and $c$\n")
        #expect(mathNodes(note).map(\.tex) == ["x_k", "f(x)", "a\\$b", "y", "c"])
        #expect(mathNodes(note).map(\.display) == [false, false, false, true, false])
        #expect(note.diagnostics.isEmpty)
    }

    /// A pair followed by a digit reads as prices and stays text, as does a `$` without a partner; both
    /// are warnings at their line, an escaped `\$` is not.
    @Test func pricesAndLoneDollarsStayTextWithAWarning() {
        let note = parse("It costs $5 and $10 today.\n\nOne $ alone, and \\$ escaped.\n\n$ $ is nothing.\n")
        #expect(mathNodes(note).isEmpty)
        #expect(note.diagnostics.map(\.description) == [
            "notes/test.md:1: warning: `$5 and $` is kept as text: a digit after the closing `$` reads as prices; write \\$ for a dollar sign, or no digit right after a formula",
            "notes/test.md:3: warning: a `$` with no closing `$` on its line is kept as a dollar sign; write \\$ to say so",
        ])
        guard case .paragraph(let inlines, _)? = note.blocks.first else { Issue.record("no paragraph"); return }
        #expect(inlines.plainText == "It costs $5 and $10 today.")
    }
}
