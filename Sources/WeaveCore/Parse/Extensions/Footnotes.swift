/// Footnote references: `[^label]` in text becomes a numbered reference to its definition.
///
/// The definitions arrive as the note's `.footnotes` block (see `FootnoteDefinitions`), in the order they
/// were written. Footnotes are numbered in the order of their first reference, in the text first and
/// then in the footnotes themselves; the block is rebuilt in that order. A reference without a
/// definition stays text and is a warning at its line; so is a definition nothing refers to (left out)
/// and a second definition of a label (ignored). Labels match without regard to case.
enum Footnotes {
    static func apply(_ blocks: [Block], file: String, diagnostics: inout [Diagnostic]) -> [Block] {
        var main = blocks
        var definitions: [Footnote] = []
        var sectionLine = 0
        if case .footnotes(let notes, let line)? = main.last {
            main.removeLast()
            definitions = notes
            sectionLine = line
        }
        var numbering = Numbering(file: file)
        for (index, note) in definitions.enumerated() {
            let key = note.label.lowercased()
            if let first = numbering.definitionOf[key] {
                numbering.warn(note.line, "footnote [^\(note.label)] is defined twice (first at line \(definitions[first].line)); "
                    + "this definition is ignored")
            } else {
                numbering.definitionOf[key] = index
            }
        }

        main = numbering.resolve(main)
        var k = 0
        while k < numbering.order.count {   // footnotes first referenced inside footnotes join the queue
            let index = numbering.order[k]
            definitions[index].blocks = numbering.resolve(definitions[index].blocks)
            k += 1
        }
        for (index, note) in definitions.enumerated()
        where numbering.numberOf[index] == nil && numbering.definitionOf[note.label.lowercased()] == index {
            numbering.warn(note.line, "footnote [^\(note.label)] is never referenced; it is left out")
        }
        diagnostics += numbering.warnings
        guard !numbering.order.isEmpty else { return main }
        let section = numbering.order.map { index -> Footnote in
            var note = definitions[index]
            note.number = numbering.numberOf[index]!
            note.references = numbering.references[index, default: 0]
            return note
        }
        return main + [.footnotes(section, line: sectionLine)]
    }

    /// The numbers given so far, and the warnings; rewrites references in document order, inside every
    /// span but a link.
    private struct Numbering: InlineRewriter {
        let file: String
        /// Lower-cased label → the index of its (first) definition.
        var definitionOf: [String: Int] = [:]
        /// Definition index → its number.
        var numberOf: [Int: Int] = [:]
        /// Definition indices in number order.
        var order: [Int] = []
        /// Definition index → references found so far.
        var references: [Int: Int] = [:]
        var warnings: [Diagnostic] = []
        /// The note line of the text being read, for warnings: a run's first line, plus the line breaks passed.
        private var line = 0

        init(file: String) { self.file = file }

        mutating func warn(_ line: Int, _ message: String) {
            warnings.append(Diagnostic(.warning, file: file, line: line, message))
        }

        /// Replaces the references in every run of inline content of `blocks`.
        mutating func resolve(_ blocks: [Block]) -> [Block] {
            blocks.rewritten { block in
                if case .table(var table, let at) = block {
                    line = at
                    table.header = table.header.map { rewrite($0) }
                    for r in table.rows.indices {   // the rows follow the header and the delimiter row
                        table.rows[r] = table.rows[r].map { cell in
                            line = at + 2 + r
                            return rewrite(cell)
                        }
                    }
                    return [.table(table, line: at)]
                }
                line = block.line ?? 0
                return [block.mappingInlineRuns { rewrite($0) }]
            }
        }

        /// Replaces references in a run, counting its line breaks.
        mutating func rewrite(_ run: [Inline]) -> [Inline] {
            var out: [Inline] = []
            for inline in run.mergingText {
                switch inline {
                case .text(let text): out += split(text, line: line)
                case .softBreak, .lineBreak: line += 1; out.append(inline)
                case .link: out.append(inline)   // never inside links
                default: out.append(rewritingChildren(of: inline))
                }
            }
            return out.mergingText
        }

        /// Splits text at its references.
        private mutating func split(_ text: String, line: Int) -> [Inline] {
            guard text.includes("[^") else { return [.text(text)] }
            let chars = Array(text)
            var out: [Inline] = []
            var plain = ""
            var i = 0
            while i < chars.count {
                guard chars[i] == "[", i + 1 < chars.count, chars[i + 1] == "^" else { plain.append(chars[i]); i += 1; continue }
                var end = i + 2   // a label runs to `]` and holds no space or `[`, so each character is read once
                while end < chars.count, chars[end] != "]", chars[end] != "[", !chars[end].isWhitespace { end += 1 }
                guard end < chars.count, chars[end] == "]", end > i + 2 else {
                    plain += String(chars[i..<end])
                    i = end
                    continue
                }
                let label = String(chars[(i + 2)..<end])
                guard let index = definitionOf[label.lowercased()] else {
                    warn(line, "footnote [^\(label)] has no definition")
                    plain += String(chars[i...end])
                    i = end + 1
                    continue
                }
                if numberOf[index] == nil {
                    order.append(index)
                    numberOf[index] = order.count
                }
                references[index, default: 0] += 1
                if !plain.isEmpty { out.append(.text(plain)); plain = "" }
                out.append(.footnoteReference(label: label, number: numberOf[index]!, occurrence: references[index]!))
                i = end + 1
            }
            if !plain.isEmpty { out.append(.text(plain)) }
            return out
        }
    }
}
