/// Task lists: a list item whose text starts with `[ ]` or `[x]` (GitHub, Typora, Obsidian) opens with
/// a checkbox, ticked for `[x]` or `[X]`.
enum TaskLists {
    static func apply(_ blocks: [Block]) -> [Block] {
        blocks.rewritten { block in
            guard case .list(let ordered, let start, let tight, let items, let line) = block else { return [block] }
            return [.list(ordered: ordered, start: start, tight: tight, items: items.map(task), line: line)]
        }
    }

    /// The item with its marker turned into a checkbox, or the item as it was.
    static func task(_ item: [Block]) -> [Block] {
        guard case .paragraph(let inlines, let line)? = item.first else { return item }
        let merged = inlines.mergingText
        guard case .text(let text)? = merged.first, text.count >= 3 else { return item }
        let marker = text.prefix(3)
        guard marker == "[ ]" || marker == "[x]" || marker == "[X]" else { return item }
        let rest = text.dropFirst(3)
        let endsLine = merged.count == 1 || merged[1] == .softBreak || merged[1] == .lineBreak
        guard rest.first?.isWhitespace == true || (rest.isEmpty && endsLine) else { return item }
        let words = String(rest.drop { $0 == " " || $0 == "\t" })
        let content = [Inline.checkbox(checked: marker != "[ ]")] + (words.isEmpty ? [] : [.text(words)]) + merged.dropFirst()
        return [.paragraph(content, line: line)] + item.dropFirst()
    }
}
