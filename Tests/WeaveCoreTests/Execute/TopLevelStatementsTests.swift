import Testing
@testable import WeaveCore

@Suite struct TopLevelStatementsTests {
    @Test func findsStatementStartsAcrossMultiLineExpressions() {
        let code = """
        let x = foo(1,
                    2)
        let y = x
            .map { $0 * 2 }
        for i in 0..<3 {
            print(i)
        }
        y
        """
        let s = TopLevelStatements(code)
        #expect(s.startLines == [0, 2, 4, 7])
        #expect(s.lastExpression == 7...7)
    }

    @Test func declarationsAssignmentsAndControlFlowAreNotDisplayed() {
        for code in ["let a = 1", "a = 2", "a += 1", "for i in 0..<2 {}", "func f() {}", "if x { }", "import Foundation"] {
            #expect(TopLevelStatements(code).lastExpression == nil, "\(code)")
        }
        for code in ["a == b", "x.shape", "f(1)", "a <= b", "[1, 2]", "model(x)"] {
            #expect(TopLevelStatements(code).lastExpression != nil, "\(code)")
        }
    }

    @Test func stringsAndCommentsDoNotConfuseBrackets() {
        let s = TopLevelStatements("let s = \"(\" // )\nprint(s)\n")
        #expect(s.startLines == [0, 1])
    }

    @Test func generatedProgramKeepsTheNotesLinesAndWrapsTheLastExpression() {
        let cell = Cell(index: 0, code: "let t: Tensor = [1, 2]\nt.sum() // total\n", options: .init(), line: 7)
        let program = ProgramGenerator.program(for: [cell], notePath: "notes/a.md")
        #expect(program.contains("#sourceLocation(file: \"notes/a.md\", line: 8)\n__weave_at(8); let t: Tensor = [1, 2]\n__weave_at(9); __weave_display(t.sum() )\n#sourceLocation()"))
        #expect(ProgramGenerator.columnShifts(cell) == [8: 15, 9: 31])
    }
}
