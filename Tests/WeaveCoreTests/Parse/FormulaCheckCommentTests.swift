import Testing
@testable import WeaveCore

/// The `<!-- check: … -->` comment: what it accepts, what it refuses in words, the call it writes.
@Suite struct FormulaCheckCommentTests {
    @Test func recognisesCheckCommentsOnly() {
        #expect(FormulaCheckComment.isCheckComment("<!-- check: x = -6...6 -->"))
        #expect(FormulaCheckComment.isCheckComment("<!--check-->\n"))
        #expect(FormulaCheckComment.isCheckComment("<!-- check x = 1 -->"))
        #expect(!FormulaCheckComment.isCheckComment("<!-- checklist -->"))
        #expect(!FormulaCheckComment.isCheckComment("<!-- a note to myself -->"))
        #expect(!FormulaCheckComment.isCheckComment("<div>check</div>"))
    }

    @Test func readsEveryKindOfValueAndOption() throws {
        let comment = try FormulaCheckComment.parse("""
        <!-- check: x = -6...6, \\beta = 0.9, w_{ji}^{(l)} = −1 ... 1, n = integers(1...5),
             z = vector(3), v = vector(4, -2...2), y = onehot(3), p = probabilities(4), tol = 1e-6, fails -->
        """)
        #expect(comment.variables == [
            .init(name: "x", domain: ".range(-6.0, 6.0)"),
            .init(name: "\\beta", domain: ".constant(0.9)"),
            .init(name: "w_{ji}^{(l)}", domain: ".range(-1.0, 1.0)"),
            .init(name: "n", domain: ".integers(1, 5)"),
            .init(name: "z", domain: ".vector(3, -1.0, 1.0)"),
            .init(name: "v", domain: ".vector(4, -2.0, 2.0)"),
            .init(name: "y", domain: ".oneHot(3)"),
            .init(name: "p", domain: ".probabilities(4)"),
        ])
        #expect(comment.tolerance == 1e-6)
        #expect(comment.fails)
        #expect(try FormulaCheckComment.parse("<!-- check -->") == FormulaCheckComment())
    }

    @Test func refusesWhatDoesNotReadInWords() {
        func error(_ html: String) -> String? {
            do { _ = try FormulaCheckComment.parse(html); return nil } catch { return error.message }
        }
        #expect(error("<!-- check: x = 6...-6 -->") == "x = 6...-6 is an empty range (its lower end is above its upper end)")
        #expect(error("<!-- check: x = wide -->") == "x = wide: the value should be a range (-6...6), a number, integers(1...5), vector(3), onehot(3) or probabilities(3)")
        #expect(error("<!-- check: x = 1, x = 2 -->") == "x is given two values")
        #expect(error("<!-- check: tol = -1 -->") == "the tolerance `-1` is not a number ≥ 0")
        #expect(error("<!-- check: fail -->") == "`fail` is not `name = value`, `tol = …` or `fails`")
        #expect(error("<!-- check: n = integers(1.5...3) -->") == "n = integers(1.5...3): integers needs whole-number ends, first ≤ last (integers(1...5))")
        #expect(error("<!-- check: z = vector(0) -->") == "z = vector(0): a vector needs 1 to 1000 components (vector(3))")
        #expect(error("<!-- check: x = 1 --> <br>") == "put the check comment on lines of its own (found `<br>` after it)")
        #expect(error("<!-- check: x = inf...1 -->")?.hasPrefix("x = inf...1: the value should be") == true)
    }

    @Test func writesOneLineOfSwiftWhateverTheTeXHolds() {
        var comment = FormulaCheckComment()
        comment.variables = [.init(name: "x\"y", domain: ".range(0.0, 1.0)")]
        comment.tolerance = 1e-6
        comment.fails = true
        let call = comment.swiftCall(tex: "\\frac{a}{b}\n\"#\\u{0}\u{7}", line: 12)
        #expect(call == ##"checkFormula("\\frac{a}{b}\n\"#\\u{0}\u{7}", with: ["x\"y": .range(0.0, 1.0)], tolerance: 1e-06, fails: true, line: 12, column: 1)"##)
        #expect(!call.contains("\n"))
    }
}
