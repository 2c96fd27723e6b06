/// Obsidian's inline tags: `#` and a name of letters (any script), digits, `_`, `-` and `/`, not only
/// digits, after whitespace or at the start of the text, becomes a tag (`#深度学习`, `#ml/optim`).
///
/// `C#`, `issue #12` and `#` in code, links and URLs stay as they are.
enum Tags {
    static func apply(_ blocks: [Block]) -> [Block] {
        blocks.mappingInlines(tagged)
    }

    static func tagged(_ inlines: [Inline]) -> [Inline] {
        var tagger = Tagger()
        return tagger.rewrite(inlines)
    }

    /// Splits text into text and tags, run by run (a tag needs a space before it), inside every span but a link.
    private struct Tagger: InlineRewriter {
        mutating func rewrite(_ run: [Inline]) -> [Inline] {
            var out: [Inline] = []
            var afterSpace = true   // the start of the content counts as a space
            for inline in run.mergingText {
                switch inline {
                case .text(let text): out += split(text, afterSpace: afterSpace)
                case .link: out.append(inline)   // never inside links
                default: out.append(rewritingChildren(of: inline))
                }
                switch inline {
                case .text(let text): afterSpace = text.last?.isWhitespace ?? afterSpace
                case .softBreak, .lineBreak, .checkbox: afterSpace = true
                default: afterSpace = false
                }
            }
            return out
        }
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "-" || c == "/"
    }

    /// Splits text at its tags; `afterSpace` tells whether what comes before the text ends in whitespace.
    static func split(_ text: String, afterSpace: Bool) -> [Inline] {
        guard text.utf8.contains(UInt8(ascii: "#")) else { return [.text(text)] }
        let chars = Array(text)
        var out: [Inline] = []
        var plain = ""
        var i = 0
        while i < chars.count {
            let boundary = i == 0 ? afterSpace : chars[i - 1].isWhitespace
            guard chars[i] == "#", boundary else { plain.append(chars[i]); i += 1; continue }
            var end = i + 1
            while end < chars.count, isNameCharacter(chars[end]) { end += 1 }
            let name = String(chars[(i + 1)..<end])
            guard !name.isEmpty, !name.allSatisfy(\.isNumber) else {
                plain += String(chars[i..<end])
                i = end
                continue
            }
            if !plain.isEmpty { out.append(.text(plain)); plain = "" }
            out.append(.tag(name))
            i = end
        }
        if !plain.isEmpty { out.append(.text(plain)) }
        return out
    }
}
