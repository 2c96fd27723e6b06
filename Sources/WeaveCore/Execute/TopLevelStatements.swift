/// Finds the top-level statements of a cell: where each starts, and whether the last is a bare expression.
///
/// A new statement starts on a line at bracket depth 0 when the previous line did not end inside an
/// expression (an operator, a comma, an opening bracket) and the line does not continue one (`.x`,
/// an operator, `else`, `catch`, a closing bracket).
public struct TopLevelStatements: Equatable, Sendable {
    /// 0-based line numbers (within the cell) where top-level statements start.
    public var startLines: [Int]
    /// The 0-based line range of the last statement, if it is a bare expression worth displaying.
    public var lastExpression: ClosedRange<Int>?

    static let declarationKeywords: Set<String> = [
        "let", "var", "func", "struct", "class", "enum", "protocol", "extension", "import", "typealias",
        "for", "while", "repeat", "if", "guard", "switch", "do", "return", "defer", "throw", "break", "continue",
        "public", "private", "fileprivate", "internal", "final", "static", "actor",
    ]

    public init(_ code: String) {
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var starts: [Int] = []
        var depth = 0
        var previousEndsOpen = false
        var statementTokens: [[SwiftLexer.Token]] = []
        var lineTokens: [SwiftLexer.Token] = []
        var lineIndex = 0
        var firstTokenOfLine = true
        let tokens = SwiftLexer.tokenize(code)
        var meaningfulOnLine: [SwiftLexer.Token] = []

        func finishLine() {
            defer { lineIndex += 1; lineTokens = []; meaningfulOnLine = []; firstTokenOfLine = true }
            guard let last = meaningfulOnLine.last else { return }
            previousEndsOpen = depth > 0 || (last.kind == .punctuation && Self.continuesAfter.contains(last.text))
                || (last.kind == .keyword && ["in", "as", "is", "try", "await", "return"].contains(last.text) && depth > 0)
        }

        for token in tokens {
            if token.kind == .newline { finishLine(); continue }
            lineTokens.append(token)
            if token.kind == .whitespace || token.kind == .comment { continue }
            if firstTokenOfLine {
                firstTokenOfLine = false
                let continues = Self.continuesBefore.contains(token.text)
                    || (token.kind == .keyword && ["else", "catch", "where", "in", "as", "is"].contains(token.text))
                if depth == 0 && !previousEndsOpen && !continues {
                    starts.append(lineIndex)
                    statementTokens.append([])
                }
            }
            if token.kind == .punctuation {
                if "([{".contains(token.text) { depth += 1 }
                if ")]}".contains(token.text) { depth = Swift.max(0, depth - 1) }
            }
            if !statementTokens.isEmpty { statementTokens[statementTokens.count - 1].append(token) }
            meaningfulOnLine.append(token)
        }
        finishLine()
        startLines = starts
        lastExpression = nil
        if let lastStart = starts.last, let last = statementTokens.last, Self.isBareExpression(last) {
            var end = lines.count - 1
            while end > lastStart, lines[end].trimmingCharacters(in: .whitespaces).isEmpty
                    || lines[end].trimmingCharacters(in: .whitespaces).hasPrefix("//") { end -= 1 }
            lastExpression = lastStart...end
        }
    }

    static let continuesAfter: Set<String> = ["(", "[", "{", ",", ".", "=", "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "!", "?", ":", "\\"]
    static let continuesBefore: Set<String> = [".", ")", "]", "}", "+", "*", "/", "%", "&", "|", "^", "=", "<", ">", "?", ":", ","]

    /// Whether a statement's tokens form an expression rather than a declaration, control flow or assignment.
    static func isBareExpression(_ tokens: [SwiftLexer.Token]) -> Bool {
        guard let first = tokens.first else { return false }
        if first.kind == .keyword && declarationKeywords.contains(first.text) { return false }
        if first.kind == .attribute { return false }
        if first.kind == .punctuation && first.text == "#" { return false }
        // An assignment `=` (or `+=` …) at depth 0 makes it a statement.
        var depth = 0
        for (k, t) in tokens.enumerated() where t.kind == .punctuation {
            if "([{".contains(t.text) { depth += 1 }
            if ")]}".contains(t.text) { depth -= 1 }
            guard depth == 0, t.text == "=" else { continue }
            let before = k > 0 ? tokens[k - 1].text : ""
            let after = k + 1 < tokens.count ? tokens[k + 1].text : ""
            if after == "=" || before == "=" || before == "!" || before == "<" || before == ">" {
                if before == "<" || before == ">" {
                    // `<=`/`>=` compare, but `<<=`/`>>=` assign.
                    if k >= 2 && tokens[k - 2].text == before { return false }
                }
                continue
            }
            return false
        }
        return true
    }
}
