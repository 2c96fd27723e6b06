/// Gives every heading a unique anchor id that works for Chinese headings too.
enum HeadingIDs {
    static func apply(_ blocks: [Block]) -> [Block] {
        var used: [String: Int] = [:]
        return blocks.rewritten { block in
            guard case .heading(let level, let inlines, _, let line) = block else { return [block] }
            let base = slug(inlines.plainText)
            let n = used[base, default: 0]
            used[base] = n + 1
            return [.heading(level: level, inlines, id: n == 0 ? base : "\(base)-\(n)", line: line)]
        }
    }

    /// Lower-cased letters and digits of any script, words joined by `-`; punctuation dropped.
    static func slug(_ text: String) -> String {
        var out = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || c == "_" {
                out.append(c)
            } else if (c.isWhitespace || c == "-") && !out.isEmpty && out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "section" : out
    }
}
