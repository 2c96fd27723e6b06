import Foundation
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
        for code in ["let a = 1", "a = 2", "a += 1", "a <<= 1", "a &+= 1", "x = y == z", "x = y != z", "try x = f()",
                     "_ = f()", "for i in 0..<2 {}", "func f() {}", "if x { }", "if x { 1 } else { 2 }",
                     "switch x { default: 1 }", "import Foundation", "struct S {}", "@MainActor func g() {}",
                     "return", "guard x else { fatalError() }", "while x {}"] {
            #expect(TopLevelStatements(code).lastExpression == nil, "\(code)")
        }
        for code in ["a == b", "x.shape", "f(1)", "a <= b", "a >= b", "a != b", "a === b", "a !== b", "[1, 2]",
                     "model(x)", "try f()", "await f()", "a < b ? a : b", "x as Int", "-x", "\"text\""] {
            #expect(TopLevelStatements(code).lastExpression != nil, "\(code)")
        }
    }

    @Test func stringsAndCommentsDoNotConfuseBrackets() {
        let s = TopLevelStatements("let s = \"(\" // )\nprint(s)\n")
        #expect(s.startLines == [0, 1])
    }

    @Test func multiLineStringsMayHoldBracketsAndSlashes() {
        let code = #"""
        let s = """
            a ( b // c "
            ) {
            """
        print(s)
        s.count
        """#
        let s = TopLevelStatements(code)
        #expect(s.startLines == [0, 4, 5])
        #expect(s.lastExpression == 5...5)
    }

    @Test func rawStringsEndOnlyAtTheirOwnDelimiter() {
        let code = ##"""
        let r = #"a "(" \( b"#
        let q = #"""
            "(" \#(r) """ (
            """#
        r + q
        """##
        let s = TopLevelStatements(code)
        #expect(s.startLines == [0, 1, 4])
        #expect(s.lastExpression == 4...4)
    }

    @Test func nestedBlockCommentsAreOneComment() {
        let code = """
        /* outer /* inner */ still ( a comment */ let x = 1
        /* a
           ( */ x
        """
        let s = TopLevelStatements(code)
        #expect(s.startLines == [0, 2])
        #expect(s.starts.map(\.column) == [42, 8])
        #expect(s.lastExpression == 2...2)
    }

    @Test func aStatementAfterAMultiLineClosureStartsItsOwnLine() {
        let code = """
        let f = { (x: Int) -> Int in
            let y = x * 2
            return y
        }
        f(3)
        """
        let s = TopLevelStatements(code)
        #expect(s.startLines == [0, 4])
        #expect(s.lastExpression == 4...4)
    }

    @Test func aLastExpressionSpansItsLinesUpToItsLastToken() {
        let code = """
        model
            .forward(x)  // the logits
            .shape // their shape

        // done
        """
        let s = TopLevelStatements(code)
        #expect(s.startLines == [0])
        #expect(s.lastExpression == 0...2)
        #expect(s.displayed?.upperBound.column == 10)
        let closure = TopLevelStatements("[1, 2].map { x in\n    x * 2\n}\n")
        #expect(closure.lastExpression == 0...2)
    }

    @Test func statementsSharingALineGetOneStart() {
        #expect(TopLevelStatements("a = 1; b = 2").startLines == [0])
        let s = TopLevelStatements("foo(\n1); bar()")
        #expect(s.startLines == [0])
        #expect(s.displayed.map { [$0.lowerBound.line, $0.lowerBound.column, $0.upperBound.column] } == [1, 4, 9])
    }

    @Test func codeThatDoesNotParseIsNotWrapped() {
        #expect(TopLevelStatements("f(1, ").lastExpression == nil)
        #expect(TopLevelStatements("let = 3\n)))").lastExpression == nil)
    }
}

@Suite struct DeeplyNestedCellTests {
    /// The fuzzer's hang: a cell with 85 nested `[`. It must be handled at once, not parsed for ever.
    @Test func aCellWithDeeplyNestedBracketsIsNotParsedButStillRuns() throws {
        let code = "let x = 1\n" + String(repeating: "[", count: 85) + "\nprint(x)\n"
        let start = Date()
        #expect(TopLevelStatements(code).starts.isEmpty)
        #expect(Date().timeIntervalSince(start) < 5)
        let outcome = NoteExecutor(toolchain: try Toolchain.locate(), cache: nil)
            .run(parse("```swift-nn\nlet deep = " + String(repeating: "[", count: 12) + "1" + String(repeating: "]", count: 12) + "\nprint(\"ran\")\n```\n"))
        #expect(outcome.cells[0].status == .passed)
        #expect(outcome.cells[0].outputs == [.text("ran\n")])
    }
}
