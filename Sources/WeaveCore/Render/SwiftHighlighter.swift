import SwiftIDEUtils
import SwiftSyntax

/// Highlights Swift code at build time as HTML spans, from the classifications of Apple's Swift parser.
///
/// Every byte of the code appears exactly once in the output, HTML-escaped; code that does not parse
/// is still highlighted as far as the parser's recovery understands it.
enum SwiftHighlighter {
    /// What a stretch of code is shown as; each case but `plain` is a CSS class of the stylesheet.
    enum Style: Equatable {
        case plain, keyword, type, number, string, comment, attribute

        var cssClass: String? {
            switch self {
            case .plain: nil
            case .keyword: "hl-kw"
            case .type: "hl-ty"
            case .number: "hl-num"
            case .string: "hl-str"
            case .comment: "hl-com"
            case .attribute: "hl-attr"
            }
        }
    }

    /// Code with `[` nested deeper than this is shown plain: swift-syntax's parser (603) first tries
    /// every `[` as an inline-array type `[N of T]` and then as an array, which doubles its work per
    /// level (16 levels took 3 s, and a fuzzed cell of 85 never finished). Real code nests four or so.
    static let maxBracketDepth = 6

    static func html(_ code: String) -> String {
        guard bracketDepth(code) <= maxBracketDepth else { return HTML.escape(code) }
        let bytes = Array(code.utf8)
        var out = ""
        for run in runs(code) {
            let text = HTML.escape(String(decoding: bytes[run.range], as: UTF8.self))
            if let cls = run.style.cssClass {
                out += "<span class=\"\(cls)\">\(text)</span>"
            } else {
                out += text
            }
        }
        return out
    }

    /// The deepest nesting of `[` in `code`, counted naively (brackets in strings and comments too).
    static func bracketDepth(_ code: String) -> Int {
        var depth = 0
        var deepest = 0
        for byte in code.utf8 {
            if byte == UInt8(ascii: "[") {
                depth += 1
                deepest = Swift.max(deepest, depth)
            } else if byte == UInt8(ascii: "]") {
                depth = Swift.max(0, depth - 1)
            }
        }
        return deepest
    }

    /// The code cut into consecutive UTF-8 ranges of one style each, covering it exactly.
    static func runs(_ code: String) -> [(range: Range<Int>, style: Style)] {
        let bytes = Array(code.utf8)
        let tree = ParsedCode.tree(code)
        var styles = [Style](repeating: .plain, count: bytes.count)
        func paint(_ range: Range<AbsolutePosition>, _ style: Style) {
            let lower = Swift.max(0, range.lowerBound.utf8Offset)
            let upper = Swift.min(bytes.count, range.upperBound.utf8Offset)
            guard lower < upper else { return }
            for k in lower..<upper { styles[k] = style }
        }
        for classified in tree.classifications {
            var style = Style(classified.kind)
            // Readers expect `Tensor(…)` and `Linear.init` in types' colour, as in type position.
            if classified.kind == .identifier, bytes.indices.contains(classified.range.lowerBound.utf8Offset),
               startsWithCapital(bytes, at: classified.range.lowerBound.utf8Offset) {
                style = .type
            }
            paint(classified.range, style)
        }
        // A string literal is one string, its `#`s, `\(` and `)` and a multi-line one's indentation
        // included; only the code inside an interpolation keeps its own colours.
        let literals = StringParts(viewMode: .sourceAccurate)
        literals.walk(tree)
        for range in literals.ranges { paint(range, .string) }

        guard !bytes.isEmpty else { return [] }
        var runs: [(range: Range<Int>, style: Style)] = []
        var start = 0
        for k in 1...bytes.count where k == bytes.count || styles[k] != styles[start] {
            runs.append((start..<k, styles[start]))
            start = k
        }
        return runs
    }

    /// Whether the identifier at `offset` (after an optional backtick) begins with an upper-case letter.
    private static func startsWithCapital(_ bytes: [UInt8], at offset: Int) -> Bool {
        let start = bytes[offset] == UInt8(ascii: "`") ? offset + 1 : offset
        guard start < bytes.count else { return false }
        let rest = String(decoding: bytes[start..<Swift.min(bytes.count, start + 4)], as: UTF8.self)
        return rest.first?.isUppercase ?? false
    }
}

/// The stretches of string literals that are string text rather than interpolated code.
private final class StringParts: SyntaxVisitor {
    var ranges: [Range<AbsolutePosition>] = []

    override func visit(_ node: StringLiteralExprSyntax) -> SyntaxVisitorContinueKind {
        // Recovered literals may lack tokens (a closing quote or parenthesis), so stretches can be empty.
        func add(_ from: AbsolutePosition, _ to: AbsolutePosition) { if from < to { ranges.append(from..<to) } }
        var start = node.positionAfterSkippingLeadingTrivia
        for case .expressionSegment(let interpolation) in node.segments {
            add(start, interpolation.leftParen.endPositionBeforeTrailingTrivia)
            start = Swift.max(start, interpolation.rightParen.positionAfterSkippingLeadingTrivia)
        }
        add(start, node.endPositionBeforeTrailingTrivia)
        return .visitChildren  // interpolations can hold literals of their own
    }
}

extension SwiftHighlighter.Style {
    init(_ kind: SyntaxClassification) {
        switch kind {
        case .keyword, .ifConfigDirective: self = .keyword
        case .type: self = .type
        case .integerLiteral, .floatLiteral: self = .number
        case .stringLiteral, .regexLiteral: self = .string
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: self = .comment
        case .attribute: self = .attribute
        default: self = .plain
        }
    }
}
