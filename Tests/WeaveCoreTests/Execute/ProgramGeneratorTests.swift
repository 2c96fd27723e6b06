import Testing
@testable import WeaveCore

@Suite struct ProgramGeneratorTests {
    /// A note's path may hold a quote, a backslash or even a line break: the `#sourceLocation` stays one line.
    @Test func aNotePathWithALineBreakOrQuoteStaysOneLiteral() {
        let cell = Cell(index: 0, code: "print(1)\n", options: .init(), line: 1)
        let program = ProgramGenerator.program(for: [cell], notePath: "notes/a\"b\\c\nd.md")
        #expect(program.contains(#"#sourceLocation(file: "notes/a\"b\\c\nd.md", line: 2)"#))
        #expect(SwiftLiteral.string("tab\t\u{7}é") == #""tab\t\u{7}é""#)
    }

    @Test func generatedProgramKeepsTheNotesLinesAndWrapsTheLastExpression() {
        let cell = Cell(index: 0, code: "let t: Tensor = [1, 2]\nt.sum() // total\n", options: .init(), line: 7)
        let program = ProgramGenerator.program(for: [cell], notePath: "notes/a.md")
        #expect(program.contains("#sourceLocation(file: \"notes/a.md\", line: 8)\n__weave_at(8); let t: Tensor = [1, 2]\n__weave_at(9); __weave_display(t.sum()) // total\n#sourceLocation()"))
        #expect(ProgramGenerator.columnShifts(cell) == [
            8: [ColumnShift(column: 1, width: 15)],
            9: [ColumnShift(column: 1, width: 31), ColumnShift(column: 8, width: 1)],
        ])
    }

    @Test func aMultiLineLastExpressionIsWrappedAroundItsTokens() {
        let cell = Cell(index: 0, code: "  model\n    .forward(x)  // logits\n    .shape // shape\n// end\n", options: .init(), line: 0)
        #expect(ProgramGenerator.instrumented(cell)
            == "  __weave_at(1); __weave_display(model\n    .forward(x)  // logits\n    .shape) // shape\n// end")
        #expect(ProgramGenerator.columnShifts(cell) == [1: [ColumnShift(column: 3, width: 31)], 3: [ColumnShift(column: 11, width: 1)]])
    }

    @Test func markersGoBeforeTheStatementNotInsideAnEarlierOne() {
        let cell = Cell(index: 0, code: "foo(\n1); bar()\n/* a\n */ x = 1", options: .init(), line: 9)
        #expect(ProgramGenerator.instrumented(cell) == "__weave_at(10); foo(\n1); bar()\n/* a\n */ __weave_at(13); x = 1")
        let last = Cell(index: 0, code: "foo(\n1); bar()", options: .init(), line: 9)
        #expect(ProgramGenerator.instrumented(last) == "__weave_at(10); foo(\n1); __weave_display(bar())")
    }

    @Test func diagnosticColumnsMapBackToTheNote() {
        let cell = Cell(index: 0, code: "let t = 1\nt.sum() // total", options: .init(), line: 7)
        // Generated line 9: `__weave_at(9); __weave_display(t.sum()) // total`
        #expect(ProgramGenerator.noteColumn(32, line: 9, in: cell) == 1, "t")
        #expect(ProgramGenerator.noteColumn(34, line: 9, in: cell) == 3, "sum")
        #expect(ProgramGenerator.noteColumn(39, line: 9, in: cell) == 8, "the inserted )")
        #expect(ProgramGenerator.noteColumn(41, line: 9, in: cell) == 9, "the comment")
        #expect(ProgramGenerator.noteColumn(5, line: 9, in: cell) == 1, "inside the marker")
        #expect(ProgramGenerator.noteColumn(20, line: 8, in: cell) == 5, "line 8 has only a marker")
        #expect(ProgramGenerator.noteColumn(4, line: 30, in: cell) == 4, "a line without insertions")
    }
}
