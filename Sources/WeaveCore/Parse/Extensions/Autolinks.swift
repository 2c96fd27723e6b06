/// Bare URLs in text (`https://…`, `http://…`, `www.…`) become links, as GitHub and Obsidian show them.
///
/// A URL ends at whitespace, at a non-ASCII character (Chinese punctuation follows URLs without a
/// space), or before trailing punctuation and an unbalanced closing parenthesis.
enum Autolinks {
    static func apply(_ blocks: [Block]) -> [Block] {
        blocks.mappingInlines(linkify)
    }

    static func linkify(_ inlines: [Inline]) -> [Inline] {
        var linker = Linker()
        return linker.rewrite(inlines)
    }

    /// Splits text into text and links, inside every span but a link.
    private struct Linker: InlineRewriter {
        mutating func rewrite(_ inline: Inline) -> [Inline] {
            switch inline {
            case .text(let text): return split(text)
            case .link: return [inline]   // never inside links
            default: return [rewritingChildren(of: inline)]
            }
        }
    }

    private static let urlCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%")

    static func split(_ text: String) -> [Inline] {
        guard text.includes("http") || text.includes("www.") else { return [.text(text)] }
        let chars = Array(text)
        var out: [Inline] = []
        var plain = ""
        var i = 0
        while i < chars.count {
            let rest = chars[i...]
            let atBoundary = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber)
            let scheme = ["https://", "http://", "www."].first { rest.starts(with: Array($0)) }
            guard atBoundary, let scheme else { plain.append(chars[i]); i += 1; continue }
            var end = i
            while end < chars.count, urlCharacters.contains(chars[end]) { end += 1 }
            while end > i, ".,:;!?'\"*_".contains(chars[end - 1]) { end -= 1 }
            if chars[end - 1] == ")", chars[i..<end].filter({ $0 == "(" }).count < chars[i..<end].filter({ $0 == ")" }).count {
                end -= 1
            }
            guard end - i > scheme.count else { plain.append(chars[i]); i += 1; continue }
            if !plain.isEmpty { out.append(.text(plain)); plain = "" }
            let url = String(chars[i..<end])
            out.append(.link(destination: scheme == "www." ? "https://" + url : url, title: "", [.text(url)]))
            i = end
        }
        if !plain.isEmpty { out.append(.text(plain)) }
        return out
    }
}
