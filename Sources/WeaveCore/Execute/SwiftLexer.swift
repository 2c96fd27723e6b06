/// A small Swift tokenizer: enough to highlight cell code and to find where its top-level statements start.
///
/// It knows comments (nested block comments too), string literals (multi-line and raw, with
/// interpolation), numbers, identifiers, keywords, attributes and punctuation.
public enum SwiftLexer {
    public enum Kind: Equatable, Sendable {
        case keyword, identifier, type, number, string, comment, attribute, punctuation, whitespace, newline
    }

    public struct Token: Equatable, Sendable {
        public var kind: Kind
        public var text: String
    }

    public static let keywords: Set<String> = [
        "let", "var", "func", "if", "else", "for", "in", "while", "repeat", "return", "break", "continue",
        "switch", "case", "default", "struct", "class", "enum", "protocol", "extension", "import", "guard",
        "do", "try", "catch", "throw", "throws", "rethrows", "defer", "where", "as", "is", "nil", "true", "false",
        "self", "Self", "super", "init", "deinit", "subscript", "static", "private", "fileprivate", "internal",
        "public", "open", "final", "inout", "typealias", "associatedtype", "mutating", "some", "any", "await",
        "async", "lazy", "weak", "unowned", "override", "convenience", "required", "operator", "fallthrough",
    ]

    public static func tokenize(_ source: String) -> [Token] {
        let s = Array(source.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func text(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(s[a..<b])) }
        func isIdentifierHead(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic }
        func isIdentifierBody(_ c: Unicode.Scalar) -> Bool { isIdentifierHead(c) || ("0"..."9").contains(c) }
        while i < s.count {
            let c = s[i]
            let start = i
            if c == "\n" {
                i += 1
                tokens.append(Token(kind: .newline, text: "\n"))
            } else if c == " " || c == "\t" || c == "\r" {
                while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\r" { i += 1 }
                tokens.append(Token(kind: .whitespace, text: text(start, i)))
            } else if c == "/", i + 1 < s.count, s[i + 1] == "/" {
                while i < s.count, s[i] != "\n" { i += 1 }
                tokens.append(Token(kind: .comment, text: text(start, i)))
            } else if c == "/", i + 1 < s.count, s[i + 1] == "*" {
                var depth = 0
                repeat {
                    if i + 1 < s.count, s[i] == "/", s[i + 1] == "*" { depth += 1; i += 2 }
                    else if i + 1 < s.count, s[i] == "*", s[i + 1] == "/" { depth -= 1; i += 2 }
                    else { i += 1 }
                } while depth > 0 && i < s.count
                tokens.append(Token(kind: .comment, text: text(start, i)))
            } else if c == "\"" || (c == "#" && i + 1 < s.count && (s[i + 1] == "\"" || s[i + 1] == "#")) {
                i = stringEnd(s, from: i)
                tokens.append(Token(kind: .string, text: text(start, i)))
            } else if ("0"..."9").contains(c) {
                while i < s.count, isIdentifierBody(s[i]) || s[i] == "." && i + 1 < s.count && ("0"..."9").contains(s[i + 1])
                    || (s[i] == "-" || s[i] == "+") && (s[i - 1] == "e" || s[i - 1] == "E" || s[i - 1] == "p") { i += 1 }
                tokens.append(Token(kind: .number, text: text(start, i)))
            } else if c == "@", i + 1 < s.count, isIdentifierHead(s[i + 1]) {
                i += 1
                while i < s.count, isIdentifierBody(s[i]) { i += 1 }
                tokens.append(Token(kind: .attribute, text: text(start, i)))
            } else if isIdentifierHead(c) || c == "`" {
                if c == "`" { i += 1 }
                while i < s.count, isIdentifierBody(s[i]) { i += 1 }
                if c == "`", i < s.count, s[i] == "`" { i += 1 }
                let word = text(start, i)
                let kind: Kind = keywords.contains(word) ? .keyword
                    : (word.first?.isUppercase ?? false) ? .type : .identifier
                tokens.append(Token(kind: kind, text: word))
            } else {
                i += 1
                tokens.append(Token(kind: .punctuation, text: text(start, i)))
            }
        }
        return tokens
    }

    /// The index just past the string literal starting at `start` (`"…"`, `"""…"""`, `#"…"#`).
    private static func stringEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        var hashes = 0
        while i < s.count, s[i] == "#" { hashes += 1; i += 1 }
        guard i < s.count, s[i] == "\"" else { return i }
        let multiline = i + 2 < s.count && s[i + 1] == "\"" && s[i + 2] == "\""
        i += multiline ? 3 : 1
        while i < s.count {
            if s[i] == "\\" {
                // An escape, or an interpolation `\( … )` that may itself contain strings.
                var j = i + 1
                var h = 0
                while j < s.count, s[j] == "#", h < hashes { h += 1; j += 1 }
                if h == hashes, j < s.count, s[j] == "(" {
                    var depth = 1
                    j += 1
                    while j < s.count, depth > 0 {
                        if s[j] == "\"" { j = stringEnd(s, from: j); continue }
                        if s[j] == "(" { depth += 1 } else if s[j] == ")" { depth -= 1 }
                        j += 1
                    }
                    i = j
                } else {
                    i = j + 1
                }
                continue
            }
            if !multiline && s[i] == "\n" { return i }
            if s[i] == "\"" {
                let quotes = multiline ? 3 : 1
                var j = i
                var q = 0
                while j < s.count, s[j] == "\"", q < quotes { q += 1; j += 1 }
                if q == quotes {
                    var h = 0
                    while j < s.count, s[j] == "#", h < hashes { h += 1; j += 1 }
                    if h == hashes { return j }
                }
                i = j
                continue
            }
            i += 1
        }
        return i
    }
}
