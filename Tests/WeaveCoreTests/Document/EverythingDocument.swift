@testable import WeaveCore

/// One document that holds every kind of block and inline, each container holding text that names it.
///
/// `BlockKind` and `InlineKind` switch over every case without a default, so a new kind does not compile
/// until it is named there; `DocumentWalkerTests` then fails until the new kind is in this document, and
/// fails again if the text inside it cannot be reached through `childBlocks`, `inlineRuns` or `children`.
enum EverythingDocument {
    static func paragraph(_ text: String) -> Block { .paragraph([.text(text)], line: 1) }

    static let blocks: [Block] = [
        .heading(level: 1, [.text("heading")], id: "heading", line: 1),
        .paragraph([
            .text("paragraph"), .softBreak,
            .emphasis([.text("emphasis")]), .strong([.text("strong")]), .strikethrough([.text("strikethrough")]),
            .highlight([.text("highlight")]), .link(destination: "u", title: "", [.text("link")]), .lineBreak,
            .code("x"), .image(source: "i.png", title: "", alt: "image"), .wikiLink(target: "w", heading: nil, label: nil, line: 1),
            .embed(target: "e.png", line: 1), .math(tex: "x", display: false, line: 1), .html("<b>"),
            .footnoteReference(label: "a", number: 1, occurrence: 1), .checkbox(checked: true), .tag("tag"),
        ], line: 1),
        .code(language: "swift", "let x = 1", line: 1),
        .cell(Cell(index: 0, code: "x", options: Cell.Options(), line: 1)),
        .displayMath(tex: "y", line: 1),
        .quote([paragraph("quote")], line: 1),
        .callout(kind: "note", title: [.text("callout title")], fold: nil, [paragraph("callout")], line: 1),
        .list(ordered: false, start: 1, tight: true, items: [[paragraph("item 1")], [paragraph("item 2")]], line: 1),
        .table(Table(alignments: [.none, .none], header: [[.text("header 1")], [.text("header 2")]],
                     rows: [[[.text("cell 1")], [.emphasis([.text("cell 2")])]]]), line: 1),
        .html("<hr>", line: 1),
        .thematicBreak(line: 1),
        .footnotes([
            Footnote(label: "a", number: 1, blocks: [paragraph("footnote 1")], references: 1, line: 1),
            Footnote(label: "b", number: 2, blocks: [.quote([paragraph("footnote 2")], line: 1)], references: 1, line: 1),
        ], line: 1),
    ]

    /// The text of every `.text` node of `blocks`, in document order.
    static let texts = [
        "heading", "paragraph", "emphasis", "strong", "strikethrough", "highlight", "link", "quote",
        "callout title", "callout", "item 1", "item 2", "header 1", "header 2", "cell 1", "cell 2",
        "footnote 1", "footnote 2",
    ]
}

/// Every kind of block, named by the test so that a new one must be added to `EverythingDocument`.
enum BlockKind: CaseIterable {
    case paragraph, heading, code, cell, displayMath, quote, callout, list, table, html, thematicBreak, footnotes

    init(_ block: Block) {
        switch block {
        case .paragraph: self = .paragraph
        case .heading: self = .heading
        case .code: self = .code
        case .cell: self = .cell
        case .displayMath: self = .displayMath
        case .quote: self = .quote
        case .callout: self = .callout
        case .list: self = .list
        case .table: self = .table
        case .html: self = .html
        case .thematicBreak: self = .thematicBreak
        case .footnotes: self = .footnotes
        }
    }
}

/// Every kind of inline, named by the test so that a new one must be added to `EverythingDocument`.
enum InlineKind: CaseIterable {
    case text, code, emphasis, strong, strikethrough, highlight, link, image, wikiLink, embed, math, html,
         footnoteReference, checkbox, tag, softBreak, lineBreak

    init(_ inline: Inline) {
        switch inline {
        case .text: self = .text
        case .code: self = .code
        case .emphasis: self = .emphasis
        case .strong: self = .strong
        case .strikethrough: self = .strikethrough
        case .highlight: self = .highlight
        case .link: self = .link
        case .image: self = .image
        case .wikiLink: self = .wikiLink
        case .embed: self = .embed
        case .math: self = .math
        case .html: self = .html
        case .footnoteReference: self = .footnoteReference
        case .checkbox: self = .checkbox
        case .tag: self = .tag
        case .softBreak: self = .softBreak
        case .lineBreak: self = .lineBreak
        }
    }
}

/// A walk that records what it visits: each node's kind, and the text of text nodes.
struct TraceWalker: DocumentWalker {
    var blockKinds: [BlockKind] = []
    var inlineKinds: [InlineKind] = []
    var texts: [String] = []
    /// Blocks whose content is skipped.
    var skipping: (Block) -> Bool = { _ in false }

    mutating func visit(_ block: Block) -> WalkAction {
        blockKinds.append(BlockKind(block))
        return skipping(block) ? .skipChildren : .visitChildren
    }

    mutating func visit(_ inline: Inline) -> WalkAction {
        inlineKinds.append(InlineKind(inline))
        if case .text(let s) = inline { texts.append(s) }
        return .visitChildren
    }
}
