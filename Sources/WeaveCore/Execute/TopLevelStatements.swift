import SwiftSyntax

/// The top-level statements of a cell as Apple's Swift parser sees them: where each starts, and the last one's expression if it is displayed.
///
/// A statement start is listed only when the statement begins its line, so a line gets at most one
/// marker and no marker lands inside another statement (`foo(\n1); bar()` lists only `foo`). The last
/// statement is displayed when it is an expression that is not an assignment and not `if` or `switch`.
public struct TopLevelStatements: Equatable, Sendable {
    /// A place in a cell's code, between two UTF-8 bytes.
    public struct Position: Comparable, Sendable {
        /// The UTF-8 offset from the start of the code.
        public var offset: Int
        /// The 0-based line within the code.
        public var line: Int
        /// The 0-based UTF-8 offset within the line (swiftc counts diagnostic columns in UTF-8 bytes too).
        public var column: Int

        public static func < (a: Position, b: Position) -> Bool { a.offset < b.offset }
    }

    /// Where the first token of each top-level statement that begins its line is.
    public var starts: [Position]
    /// The last statement's expression, from the start of its first token to the end of its last, trivia excluded.
    public var displayed: Range<Position>?

    /// 0-based line numbers (within the cell) where top-level statements start.
    public var startLines: [Int] { starts.map(\.line) }
    /// The 0-based line range of the last statement, if it is a bare expression worth displaying.
    public var lastExpression: ClosedRange<Int>? { displayed.map { $0.lowerBound.line...$0.upperBound.line } }

    public init(_ code: String) {
        let tree = ParsedCode.tree(code)
        let converter = SourceLocationConverter(fileName: "", tree: tree)
        func position(_ p: AbsolutePosition) -> Position {
            let location = converter.location(for: p)
            return Position(offset: p.utf8Offset, line: location.line - 1, column: location.column - 1)
        }
        starts = tree.statements.compactMap { item in
            guard let first = item.firstToken(viewMode: .sourceAccurate) else { return nil }
            let start = position(first.positionAfterSkippingLeadingTrivia)
            if let previous = first.previousToken(viewMode: .sourceAccurate),
               position(previous.endPositionBeforeTrailingTrivia).line == start.line { return nil }
            return start
        }
        displayed = nil
        if let last = tree.statements.last, let expression = Self.displayedExpression(last),
           let first = expression.firstToken(viewMode: .sourceAccurate),
           let end = expression.lastToken(viewMode: .sourceAccurate) {
            displayed = position(first.positionAfterSkippingLeadingTrivia)..<position(end.endPositionBeforeTrailingTrivia)
        }
    }

    /// The statement's expression, if it is one whose value a reader wants to see.
    static func displayedExpression(_ item: CodeBlockItemSyntax) -> ExprSyntax? {
        // Code that does not parse is left as written, so the compiler's message is about the cell's own text.
        guard !item.hasError, case .expr(let expression) = item.item else { return nil }
        if expression.is(IfExprSyntax.self) || expression.is(SwitchExprSyntax.self) || isAssignment(expression) {
            return nil
        }
        return expression
    }

    /// Whether an expression assigns at its top level: `a = b`, `a += 1`, `try x = f()`, `x = y == z`.
    static func isAssignment(_ expression: ExprSyntax) -> Bool {
        if let e = expression.as(TryExprSyntax.self) { return isAssignment(e.expression) }
        if let e = expression.as(AwaitExprSyntax.self) { return isAssignment(e.expression) }
        if let e = expression.as(UnsafeExprSyntax.self) { return isAssignment(e.expression) }
        if let e = expression.as(InfixOperatorExprSyntax.self) { return isAssignmentOperator(e.operator) }
        guard let sequence = expression.as(SequenceExprSyntax.self) else { return false }
        // `try` and `await` bind to one operand of an unfolded sequence, so the operators are its direct elements.
        return sequence.elements.contains(where: isAssignmentOperator)
    }

    /// Comparison operators that end in `=` but do not assign.
    static let comparisons: Set<String> = ["==", "!=", "<=", ">=", "===", "!==", "~=", ".==", ".!=", ".<=", ".>="]

    /// Whether an operator in an (unfolded) operator sequence is `=` or a compound assignment like `+=`.
    static func isAssignmentOperator(_ element: ExprSyntax) -> Bool {
        if element.is(AssignmentExprSyntax.self) { return true }
        guard let op = element.as(BinaryOperatorExprSyntax.self)?.operator.text else { return false }
        return op.hasSuffix("=") && !comparisons.contains(op)
    }
}
