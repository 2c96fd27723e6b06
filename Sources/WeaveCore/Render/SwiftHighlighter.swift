/// Highlights Swift code at build time as HTML spans, so pages need no JavaScript.
enum SwiftHighlighter {
    static func html(_ code: String) -> String {
        var out = ""
        for token in SwiftLexer.tokenize(code) {
            let text = HTML.escape(token.text)
            switch token.kind {
            case .keyword: out += "<span class=\"hl-kw\">\(text)</span>"
            case .type: out += "<span class=\"hl-ty\">\(text)</span>"
            case .number: out += "<span class=\"hl-num\">\(text)</span>"
            case .string: out += "<span class=\"hl-str\">\(text)</span>"
            case .comment: out += "<span class=\"hl-com\">\(text)</span>"
            case .attribute: out += "<span class=\"hl-attr\">\(text)</span>"
            default: out += text
            }
        }
        return out
    }
}
