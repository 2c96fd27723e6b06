/// The document model as the stage cache keeps it (the Load stage's parsed notes): each node a tag
/// byte, then its fields, children before their parent's trailing fields, as `BinaryWriter` writes them.
///
/// Reading checks every tag and every field, and refuses a tree deeper than `maxDepth` (weave's parser
/// never builds one: it flattens at `TreeBuilder.maxDepth`), so a damaged or forged entry is a miss,
/// never a crash.
extension Block {
    static let maxDepth = 4 * TreeBuilder.maxDepth
    /// A table column's alignment is written as its place here.
    private static let alignments: [Table.Alignment] = [.none, .left, .center, .right]

    func write(to out: inout BinaryWriter) {
        switch self {
        case .paragraph(let inlines, let line):
            out.byte(0); Inline.write(inlines, to: &out); out.int(line)
        case .heading(let level, let inlines, let id, let line):
            out.byte(1); out.int(level); Inline.write(inlines, to: &out); out.string(id); out.int(line)
        case .code(let language, let code, let line):
            out.byte(2); out.string(language); out.string(code); out.int(line)
        case .cell(let cell):
            out.byte(3); out.int(cell.index); out.string(cell.code); out.int(cell.line); out.optionalString(cell.formula)
            for flag in [cell.options.hide, cell.options.norun, cell.options.nooutput, cell.options.fails] { out.byte(flag ? 1 : 0) }
        case .displayMath(let tex, let line):
            out.byte(4); out.string(tex); out.int(line)
        case .quote(let blocks, let line):
            out.byte(5); Block.write(blocks, to: &out); out.int(line)
        case .callout(let kind, let title, let fold, let blocks, let line):
            out.byte(6); out.string(kind); Inline.write(title, to: &out)
            out.byte(fold == nil ? 0 : fold == .collapsed ? 1 : 2); Block.write(blocks, to: &out); out.int(line)
        case .list(let ordered, let start, let tight, let items, let line):
            out.byte(7); out.byte(ordered ? 1 : 0); out.int(start); out.byte(tight ? 1 : 0)
            out.count(items.count)
            for item in items { Block.write(item, to: &out) }
            out.int(line)
        case .table(let table, let line):
            out.byte(8); out.count(table.alignments.count)
            for alignment in table.alignments { out.byte(UInt8(Self.alignments.firstIndex(of: alignment)!)) }
            out.count(table.header.count)
            for cell in table.header { Inline.write(cell, to: &out) }
            out.count(table.rows.count)
            for row in table.rows {
                out.count(row.count)
                for cell in row { Inline.write(cell, to: &out) }
            }
            out.int(line)
        case .html(let html, let line):
            out.byte(9); out.string(html); out.int(line)
        case .thematicBreak(let line):
            out.byte(10); out.int(line)
        case .footnotes(let footnotes, let line):
            out.byte(11); out.count(footnotes.count)
            for note in footnotes {
                out.string(note.label); out.int(note.number); Block.write(note.blocks, to: &out); out.int(note.references); out.int(note.line)
            }
            out.int(line)
        }
    }

    static func write(_ blocks: [Block], to out: inout BinaryWriter) {
        out.count(blocks.count)
        for block in blocks { block.write(to: &out) }
    }

    /// The blocks `write(_:to:)` wrote; nil unless every one reads.
    static func readList(_ r: inout BinaryReader, depth: Int = 0) -> [Block]? {
        guard depth < maxDepth else { return nil }
        return r.list { read(&$0, depth: depth + 1) }
    }

    static func read(_ r: inout BinaryReader, depth: Int) -> Block? {
        switch r.byte() {
        case 0:
            guard let inlines = Inline.readList(&r, depth: depth), let line = r.int() else { return nil }
            return .paragraph(inlines, line: line)
        case 1:
            guard let level = r.int(), let inlines = Inline.readList(&r, depth: depth), let id = r.string(), let line = r.int() else { return nil }
            return .heading(level: level, inlines, id: id, line: line)
        case 2:
            guard let language = r.string(), let code = r.string(), let line = r.int() else { return nil }
            return .code(language: language, code, line: line)
        case 3:
            guard let index = r.int(), let code = r.string(), let line = r.int(), let formula = r.optionalString(),
                  let hide = r.bool(), let norun = r.bool(), let nooutput = r.bool(), let fails = r.bool() else { return nil }
            var options = Cell.Options()
            (options.hide, options.norun, options.nooutput, options.fails) = (hide, norun, nooutput, fails)
            return .cell(Cell(index: index, code: code, options: options, line: line, formula: formula))
        case 4:
            guard let tex = r.string(), let line = r.int() else { return nil }
            return .displayMath(tex: tex, line: line)
        case 5:
            guard let blocks = readList(&r, depth: depth), let line = r.int() else { return nil }
            return .quote(blocks, line: line)
        case 6:
            guard let kind = r.string(), let title = Inline.readList(&r, depth: depth), let foldByte = r.byte(), foldByte <= 2,
                  let blocks = readList(&r, depth: depth), let line = r.int() else { return nil }
            let fold: CalloutFold? = foldByte == 0 ? nil : foldByte == 1 ? .collapsed : .expanded
            return .callout(kind: kind, title: title, fold: fold, blocks, line: line)
        case 7:
            guard let ordered = r.bool(), let start = r.int(), let tight = r.bool(),
                  let items = r.list({ readList(&$0, depth: depth) }), let line = r.int() else { return nil }
            return .list(ordered: ordered, start: start, tight: tight, items: items, line: line)
        case 8:
            let alignments: [Table.Alignment]? = r.list { r in
                r.byte().flatMap { Int($0) < Self.alignments.count ? Self.alignments[Int($0)] : nil }
            }
            guard let alignments, let header = r.list({ Inline.readList(&$0, depth: depth) }),
                  let rows = r.list({ $0.list { Inline.readList(&$0, depth: depth) } }), let line = r.int() else { return nil }
            return .table(Table(alignments: alignments, header: header, rows: rows), line: line)
        case 9:
            guard let html = r.string(), let line = r.int() else { return nil }
            return .html(html, line: line)
        case 10:
            return r.int().map { .thematicBreak(line: $0) }
        case 11:
            let footnotes: [Footnote]? = r.list { r in
                guard let label = r.string(), let number = r.int(), let blocks = readList(&r, depth: depth),
                      let references = r.int(), let line = r.int() else { return nil }
                return Footnote(label: label, number: number, blocks: blocks, references: references, line: line)
            }
            guard let footnotes, let line = r.int() else { return nil }
            return .footnotes(footnotes, line: line)
        default:
            return nil
        }
    }
}

extension Inline {
    func write(to out: inout BinaryWriter) {
        switch self {
        case .text(let s): out.byte(0); out.string(s)
        case .code(let s): out.byte(1); out.string(s)
        case .emphasis(let children): out.byte(2); Inline.write(children, to: &out)
        case .strong(let children): out.byte(3); Inline.write(children, to: &out)
        case .strikethrough(let children): out.byte(4); Inline.write(children, to: &out)
        case .highlight(let children): out.byte(5); Inline.write(children, to: &out)
        case .link(let destination, let title, let children):
            out.byte(6); out.string(destination); out.string(title); Inline.write(children, to: &out)
        case .image(let source, let title, let alt):
            out.byte(7); out.string(source); out.string(title); out.string(alt)
        case .wikiLink(let target, let heading, let label, let line):
            out.byte(8); out.string(target); out.optionalString(heading); out.optionalString(label); out.int(line)
        case .embed(let target, let line): out.byte(9); out.string(target); out.int(line)
        case .math(let tex, let display, let line): out.byte(10); out.string(tex); out.byte(display ? 1 : 0); out.int(line)
        case .html(let s): out.byte(11); out.string(s)
        case .footnoteReference(let label, let number, let occurrence):
            out.byte(12); out.string(label); out.int(number); out.int(occurrence)
        case .checkbox(let checked): out.byte(13); out.byte(checked ? 1 : 0)
        case .tag(let name): out.byte(14); out.string(name)
        case .softBreak: out.byte(15)
        case .lineBreak: out.byte(16)
        }
    }

    static func write(_ inlines: [Inline], to out: inout BinaryWriter) {
        out.count(inlines.count)
        for inline in inlines { inline.write(to: &out) }
    }

    static func readList(_ r: inout BinaryReader, depth: Int) -> [Inline]? {
        guard depth < Block.maxDepth else { return nil }
        return r.list { read(&$0, depth: depth + 1) }
    }

    static func read(_ r: inout BinaryReader, depth: Int) -> Inline? {
        switch r.byte() {
        case 0: return r.string().map { .text($0) }
        case 1: return r.string().map { .code($0) }
        case 2: return readList(&r, depth: depth).map { .emphasis($0) }
        case 3: return readList(&r, depth: depth).map { .strong($0) }
        case 4: return readList(&r, depth: depth).map { .strikethrough($0) }
        case 5: return readList(&r, depth: depth).map { .highlight($0) }
        case 6:
            guard let destination = r.string(), let title = r.string(), let children = readList(&r, depth: depth) else { return nil }
            return .link(destination: destination, title: title, children)
        case 7:
            guard let source = r.string(), let title = r.string(), let alt = r.string() else { return nil }
            return .image(source: source, title: title, alt: alt)
        case 8:
            guard let target = r.string(), let heading = r.optionalString(), let label = r.optionalString(), let line = r.int() else { return nil }
            return .wikiLink(target: target, heading: heading, label: label, line: line)
        case 9:
            guard let target = r.string(), let line = r.int() else { return nil }
            return .embed(target: target, line: line)
        case 10:
            guard let tex = r.string(), let display = r.bool(), let line = r.int() else { return nil }
            return .math(tex: tex, display: display, line: line)
        case 11: return r.string().map { .html($0) }
        case 12:
            guard let label = r.string(), let number = r.int(), let occurrence = r.int() else { return nil }
            return .footnoteReference(label: label, number: number, occurrence: occurrence)
        case 13: return r.bool().map { .checkbox(checked: $0) }
        case 14: return r.string().map { .tag($0) }
        case 15: return .softBreak
        case 16: return .lineBreak
        default: return nil
        }
    }
}
