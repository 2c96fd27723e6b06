import Foundation

/// Rewrites a note's article for `print.html`, where all notes share one page: every id gets the note's
/// prefix (`x` → `02-losses--x`), links to anchors and to other notes lead within the page
/// (`02-losses.html#x` → `#02-losses--x`, `02-losses.html` → `#02-losses`), paths from a note in a subfolder
/// start from the site root, and folded callouts are open (a printed page cannot unfold them).
///
/// Works on the HTML weave writes (attributes in double quotes, text escaped, so ` id="` only occurs in
/// tags), in one pass. Charts (`<svg>…</svg>`) pass unchanged: their ids derive from their content already.
struct PrintAnchors {
    /// The section id of each page, by the page's site path (e.g. `sub/x.html` → `sub/x`).
    private let sections: [String: String]

    init(pageURLs: [String]) {
        sections = Dictionary(pageURLs.map { ($0, Self.section($0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The id of a page's section: its site path without `.html`.
    static func section(_ url: String) -> String {
        url.hasSuffix(".html") ? String(url.dropLast(5)) : url
    }

    /// `html`, the article of the page at `url`, rewritten for the print page.
    func rewrite(_ html: String, url: String) -> String {
        let own = Self.section(url)
        let folder = (url as NSString).deletingLastPathComponent
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        // The next `>` is found once for all `<details` before it, so unclosed tags cost linear time too.
        var nextTagEnd = -1
        var i = 0
        while i < bytes.count {
            // Text between tags and attributes is copied in one run: only `<` and white space can start
            // something to rewrite.
            if bytes[i] != UInt8(ascii: "<") && !Self.isSpace(bytes[i]) {
                var end = i + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: "<"), !Self.isSpace(bytes[end]) { end += 1 }
                out += bytes[i..<end]
                i = end
                continue
            }
            if bytes[i] == UInt8(ascii: "<") {
                if Self.opens(bytes, at: i, "svg") {
                    let end = Self.svgEnd(bytes, from: i)
                    out += bytes[i..<end]
                    i = end
                    continue
                }
                if Self.opens(bytes, at: i, "details") {
                    if nextTagEnd < i { nextTagEnd = bytes[i...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count }
                    let tag = bytes[i..<min(nextTagEnd, i + Self.longestTag)]
                    out += Array("<details".utf8)
                    if !String(decoding: tag, as: UTF8.self).contains(" open") { out += Array(" open".utf8) }
                    i += 8
                    continue
                }
            }
            if Self.isSpace(bytes[i]), let (name, valueStart) = Self.attribute(bytes, after: i),
               let valueEnd = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) {
                let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                let rewritten = name == "id" ? HTML.escape(own) + "--" + value : link(value, section: own, folder: folder)
                out.append(bytes[i])
                out += Array("\(name)=\"\(rewritten)\"".utf8)
                i = valueEnd + 1
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// An href or src (as written in the HTML: escaped, percent-encoded) as the print page needs it.
    func link(_ value: String, section own: String, folder: String) -> String {
        if value.hasPrefix("#") {
            return value.count == 1 ? value : "#" + Self.fragment(own) + "--" + value.dropFirst()
        }
        if Href.scheme(value) != nil || value.hasPrefix("/") || value.isEmpty { return value }
        let hash = value.firstIndex(of: "#")
        let path = Self.normalized(folder.isEmpty ? String(value[..<(hash ?? value.endIndex)])
                                                  : folder + "/" + value[..<(hash ?? value.endIndex)])
        let unescaped = path.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        let decoded = unescaped.removingPercentEncoding ?? unescaped
        guard let section = sections[decoded] else {
            return path + (hash.map { String(value[$0...]) } ?? "")
        }
        guard let hash, value.index(after: hash) < value.endIndex else { return "#" + Self.fragment(section) }
        return "#" + Self.fragment(section) + "--" + value[value.index(after: hash)...]
    }

    /// A section id as it starts an href's fragment (percent-encoded, escaped).
    private static func fragment(_ section: String) -> String { HTML.escape(Href.path(section)) }

    /// `path` with `.` and `..` segments resolved (never above the site root).
    private static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// `id="`, `href="` or `src="` right after the space at `space`: the name and where the value starts.
    private static func attribute(_ bytes: [UInt8], after space: Int) -> (String, Int)? {
        guard space + 1 < bytes.count, [UInt8(ascii: "i"), UInt8(ascii: "h"), UInt8(ascii: "s")].contains(bytes[space + 1])
        else { return nil }
        for name in ["id", "href", "src"] {
            let start = space + 1
            let end = start + name.utf8.count
            guard end + 1 < bytes.count, bytes[start..<end].elementsEqual(name.utf8),
                  bytes[end] == UInt8(ascii: "="), bytes[end + 1] == UInt8(ascii: "\"") else { continue }
            return (name, end + 2)
        }
        return nil
    }

    /// Whether a `<name` tag opens at `i` (followed by a space, `/` or `>`).
    private static func opens(_ bytes: [UInt8], at i: Int, _ name: String) -> Bool {
        let end = i + 1 + name.utf8.count
        guard end < bytes.count, bytes[i + 1] == name.utf8.first, bytes[(i + 1)..<end].elementsEqual(name.utf8) else { return false }
        return isSpace(bytes[end]) || bytes[end] == UInt8(ascii: ">") || bytes[end] == UInt8(ascii: "/")
    }

    /// The longest `<details …>` tag looked into for an `open` attribute.
    static let longestTag = 1_000

    /// The index after the `</svg>` that closes the `<svg` at `start` (nested ones counted), or the end.
    private static func svgEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0
        var i = start
        let close = Array("</svg>".utf8)
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                if opens(bytes, at: i, "svg") {
                    depth += 1
                } else if i + close.count <= bytes.count, bytes[i..<(i + close.count)].elementsEqual(close) {
                    depth -= 1
                    if depth == 0 { return i + close.count }
                }
            }
            i += 1
        }
        return bytes.count
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t")
    }
}
