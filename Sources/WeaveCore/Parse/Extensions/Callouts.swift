/// Obsidian callouts: a block quote whose first line is `[!kind] Title` becomes a callout.
///
/// `[!note]-` and `[!note]+` are foldable callouts, collapsed or open at first: the fold is kept and
/// the page shows them as `<details>`, which fold without JavaScript.
enum Callouts {
    static func apply(_ blocks: [Block]) -> [Block] {
        blocks.rewritten { block in
            guard case .quote(let inner, let line) = block,
                  case .paragraph(let inlines, let paragraphLine)? = inner.first else { return [block] }
            let merged = inlines.mergingText
            guard case .text(let first)? = merged.first, first.hasPrefix("[!"),
                  let close = first.firstIndex(of: "]") else { return [block] }
            let kind = first[first.index(first.startIndex, offsetBy: 2)..<close].lowercased()
            guard !kind.isEmpty, kind.allSatisfy({ $0.isLetter || $0 == "-" }) else { return [block] }
            var rest = first[first.index(after: close)...]
            let fold: CalloutFold? = rest.first == "-" ? .collapsed : rest.first == "+" ? .expanded : nil
            if fold != nil { rest = rest.dropFirst() }
            // The title runs to the end of the first line; the remaining lines start the body.
            var title: [Inline] = []
            var body: [Inline] = []
            var inTitle = true
            for inline in [.text(String(rest.drop { $0 == " " }))] + merged.dropFirst() {
                if inTitle, inline == .softBreak || inline == .lineBreak { inTitle = false; continue }
                if inTitle { title.append(inline) } else { body.append(inline) }
            }
            title = title.filter { $0 != .text("") }
            var blocks = Array(inner.dropFirst())
            if !body.isEmpty { blocks.insert(.paragraph(body, line: paragraphLine + 1), at: 0) }
            return [.callout(kind: String(kind), title: title, fold: fold, blocks, line: line)]
        }
    }
}
