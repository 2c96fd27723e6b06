import Foundation
import CCmark

/// The one place that calls libcmark: parses CommonMark and converts cmark's tree into weave's blocks.
///
/// Text still holds shielding placeholders; `PlaceholderExpander` turns them into nodes afterwards.
/// Lines are those of the text given to cmark; `lineOf` maps them back to the note's lines. The tree is
/// read with cmark's iterator into a `TreeBuilder`, so nothing here recurses however deep the input nests.
enum CommonMarkConverter {
    /// Blocks and the first note line where nesting deeper than `TreeBuilder.maxDepth` was flattened.
    struct Conversion<Content> {
        var content: Content
        var flattenedLine: Int?
    }

    /// Parses `markdown` into blocks; raw HTML passes through as Typora and Obsidian authors expect.
    /// - Parameter indentedCode: whether lines indented by four spaces or a tab are code (CommonMark);
    ///   when false (Typora, the default) they are read as ordinary Markdown.
    static func blocks(_ markdown: String, indentedCode: Bool = true, lineOf: (Int) -> Int) -> Conversion<[Block]> {
        withDocument(markdown) { document in
            let source = Source(lines: markdown.lineSlices(), indentedCode: indentedCode)
            let built = build(document, source: source, lineOf: lineOf)
            return Conversion(content: built.blocks, flattenedLine: built.flattenedLine)
        }
    }

    /// Parses a line of Markdown (a table cell) into inline content.
    static func inlines(_ markdown: String) -> Conversion<[Inline]> {
        withDocument(markdown) { document in
            guard let paragraph = cmark_node_first_child(document),
                  cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else {
                return Conversion(content: [.text(markdown)], flattenedLine: nil)
            }
            let built = build(paragraph, source: nil) { _ in 1 }
            guard case .paragraph(let inlines, _)? = built.blocks.first else {
                return Conversion(content: [], flattenedLine: nil)
            }
            return Conversion(content: inlines, flattenedLine: built.flattenedLine)
        }
    }

    private static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer) -> T) -> T {
        let options = CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS
        // The length in bytes, not strlen: cmark reads a NUL as U+FFFD, strlen would stop there.
        let document = markdown.withCString { cmark_parse_document($0, markdown.utf8.count, options)! }
        defer { cmark_node_free(document) }
        return body(document)
    }

    /// Walks the tree under `root` (the document's own node is skipped) in document order.
    /// The Markdown being converted, for telling indented code from fenced code.
    private struct Source {
        let lines: [Substring]
        let indentedCode: Bool
    }

    private static func build(_ root: OpaquePointer, source: Source?, lineOf: (Int) -> Int) -> TreeBuilder {
        var builder = TreeBuilder()
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) != CMARK_NODE_DOCUMENT else { continue }
            if event == CMARK_EVENT_EXIT {
                builder.close()
            } else {
                enter(node, into: &builder, source: source, lineOf: lineOf)
            }
        }
        return builder
    }

    /// Opens a container for `node`, or adds it whole if it is a leaf (cmark sends leaves no exit).
    private static func enter(_ node: OpaquePointer, into builder: inout TreeBuilder, source: Source?, lineOf: (Int) -> Int) {
        let type = cmark_node_get_type(node)
        if type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue && type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue {
            builder.line = lineOf(Int(cmark_node_get_start_line(node)))
        }
        let line = builder.line
        switch type {
        case CMARK_NODE_BLOCK_QUOTE: builder.open(.quote(line: line))
        case CMARK_NODE_LIST:
            builder.open(.list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                               start: Int(cmark_node_get_list_start(node)),
                               tight: cmark_node_get_list_tight(node) != 0, line: line))
        case CMARK_NODE_ITEM: builder.open(.item)
        case CMARK_NODE_PARAGRAPH: builder.open(.paragraph(line: line))
        case CMARK_NODE_HEADING: builder.open(.heading(level: Int(cmark_node_get_heading_level(node)), line: line))
        case CMARK_NODE_EMPH: builder.open(.emphasis)
        case CMARK_NODE_STRONG: builder.open(.strong)
        case CMARK_NODE_LINK: builder.open(.link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node))))
        case CMARK_NODE_IMAGE: builder.open(.image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node))))
        case CMARK_NODE_CODE_BLOCK:
            let start = Int(cmark_node_get_start_line(node))
            if let source, !source.indentedCode, start >= 1, start <= source.lines.count, !isFence(source.lines[start - 1]) {
                // Typora has no indented code: the lines are a paragraph (or whatever they spell), read again
                // without their indentation.
                let text = literal(node).lineSlices()
                    .map { $0.drop { $0 == " " || $0 == "\t" } }.joined(separator: "\n")
                for block in blocks(text, indentedCode: true, lineOf: { lineOf(start + $0 - 1) }).content { builder.add(block) }
            } else {
                builder.add(.code(language: string(cmark_node_get_fence_info(node)), literal(node), line: line))
            }
        case CMARK_NODE_HTML_BLOCK: builder.add(.html(literal(node), line: line))
        case CMARK_NODE_THEMATIC_BREAK: builder.add(.thematicBreak(line: line))
        case CMARK_NODE_TEXT: builder.add(.text(literal(node)))
        case CMARK_NODE_CODE: builder.add(.code(literal(node)))
        case CMARK_NODE_HTML_INLINE: builder.add(.html(literal(node)))
        case CMARK_NODE_SOFTBREAK: builder.add(.softBreak)
        case CMARK_NODE_LINEBREAK: builder.add(.lineBreak)
        default: builder.open(nil)   // custom nodes, which cmark's parser never makes
        }
    }

    /// Whether a source line opens a fenced code block (after quote markers, indentation and a list marker).
    private static func isFence(_ line: Substring) -> Bool {
        var rest = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
        if let marker = rest.first, "-*+".contains(marker), rest.dropFirst().first == " " {
            rest = rest.dropFirst(2)
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let after = rest.dropFirst(digits.count).first, after == "." || after == ")" {
                rest = rest.dropFirst(digits.count + 1)
            }
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        return rest.hasPrefix("```") || rest.hasPrefix("~~~")
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }
}
