import Foundation
import CCmark

/// The one place that calls libcmark: parses CommonMark and converts cmark's tree into weave's blocks.
///
/// Text still holds shielding placeholders; `PlaceholderExpander` turns them into nodes afterwards.
/// Lines are those of the text given to cmark; `lineOf` maps them back to the note's lines.
enum CommonMarkConverter {
    /// Parses `markdown` into blocks; raw HTML passes through as Typora and Obsidian authors expect.
    static func blocks(_ markdown: String, lineOf: (Int) -> Int) -> [Block] {
        withDocument(markdown) { document in children(of: document).compactMap { block($0, lineOf) } }
    }

    /// Parses a line of Markdown (a table cell) into inline content.
    static func inlines(_ markdown: String) -> [Inline] {
        withDocument(markdown) { document in
            guard let paragraph = cmark_node_first_child(document),
                  cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else { return [.text(markdown)] }
            return inlineChildren(paragraph)
        }
    }

    private static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer) -> T) -> T {
        let options = CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS
        let document = markdown.withCString { cmark_parse_document($0, strlen($0), options)! }
        defer { cmark_node_free(document) }
        return body(document)
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            result.append(c)
            child = cmark_node_next(c)
        }
        return result
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func block(_ node: OpaquePointer, _ lineOf: (Int) -> Int) -> Block? {
        let line = lineOf(Int(cmark_node_get_start_line(node)))
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlineChildren(node), line: line)
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlineChildren(node), id: "", line: line)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return .code(language: info, literal(node), line: line)
        case CMARK_NODE_BLOCK_QUOTE:
            return .quote(children(of: node).compactMap { block($0, lineOf) }, line: line)
        case CMARK_NODE_LIST:
            let items = children(of: node).map { item in children(of: item).compactMap { block($0, lineOf) } }
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)),
                         tight: cmark_node_get_list_tight(node) != 0, items: items, line: line)
        case CMARK_NODE_HTML_BLOCK:
            return .html(literal(node), line: line)
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(line: line)
        default:
            return nil
        }
    }

    private static func inlineChildren(_ node: OpaquePointer) -> [Inline] {
        children(of: node).compactMap(inline)
    }

    private static func inline(_ node: OpaquePointer) -> Inline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .html(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_EMPH: return .emphasis(inlineChildren(node))
        case CMARK_NODE_STRONG: return .strong(inlineChildren(node))
        case CMARK_NODE_LINK:
            return .link(destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                         title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                         inlineChildren(node))
        case CMARK_NODE_IMAGE:
            return .image(source: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                          title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                          alt: inlineChildren(node).plainText)
        default:
            return nil
        }
    }
}
