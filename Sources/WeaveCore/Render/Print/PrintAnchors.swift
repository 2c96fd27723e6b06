import Foundation

/// Rewrites a note's body for `print.html`, where all notes share one page: every id gets the note's
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

    /// The edits that rewrite `html`, the body of the page at `url`, for the print page.
    ///
    /// One pass over the bytes that stops only at `<` (a chart or a folded callout may start) and at `="`
    /// (an attribute's value starts: `id`, `href` and `src` are rewritten).
    func edits(_ html: String, url: String) -> PrintEdits {
        let own = Self.section(url)
        let folder = (url as NSString).deletingLastPathComponent
        var html = html
        return html.withUTF8 { bytes in
            var edits = PrintEdits()
            // The next `>` is found once for all `<details` before it, so unclosed tags cost linear time too.
            var nextTagEnd = -1
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "<") {
                    // Most tags are spans: look at the names only after two letters that may start one.
                    let two = i + 2 < bytes.count ? (bytes[i + 1], bytes[i + 2]) : (0, 0)
                    if two != (UInt8(ascii: "s"), UInt8(ascii: "v")) && two != (UInt8(ascii: "d"), UInt8(ascii: "e")) {
                        i += 1
                    } else if Self.opens(bytes, at: i, Self.svg) {
                        i = Self.svgEnd(bytes, from: i)
                    } else if Self.opens(bytes, at: i, Self.details) {
                        if nextTagEnd < i { nextTagEnd = Self.find(UInt8(ascii: ">"), in: bytes, from: i) }
                        let tag = UnsafeBufferPointer(rebasing: bytes[i..<min(nextTagEnd, i + Self.longestTag)])
                        i += 1 + Self.details.count
                        if !Self.contains(Self.openAttribute, in: tag) { edits.replace(i, i, with: " open") }
                    } else {
                        i += 1
                    }
                    continue
                }
                if byte == UInt8(ascii: "="), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\""),
                   let name = Self.attributeName(bytes, before: i) {
                    let valueStart = i + 2
                    let valueEnd = Self.find(UInt8(ascii: "\""), in: bytes, from: valueStart)
                    guard valueEnd < bytes.count else { i += 1; continue }  // no closing quote: left as it is
                    let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)
                    let rewritten = name == .id ? HTML.escape(own) + "--" + value : link(value, section: own, folder: folder)
                    if rewritten != value { edits.replace(valueStart, valueEnd, with: rewritten) }
                    i = valueEnd + 1
                    continue
                }
                i += 1
            }
            return edits
        }
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

    /// The attributes whose values are rewritten.
    private enum Attribute {
        case id, href, src
    }

    /// The attribute whose `="` is at `equals`, if it is `id`, `href` or `src` after white space.
    private static func attributeName(_ bytes: UnsafeBufferPointer<UInt8>, before equals: Int) -> Attribute? {
        func named(_ name: StaticString) -> Bool {
            let n = name.utf8CodeUnitCount
            guard equals > n, isSpace(bytes[equals - n - 1]) else { return false }
            for k in 0..<n where bytes[equals - n + k] != name.utf8Start[k] { return false }
            return true
        }
        switch bytes[equals - 1] {
        case UInt8(ascii: "d"): return named("id") ? .id : nil
        case UInt8(ascii: "f"): return named("href") ? .href : nil
        case UInt8(ascii: "c"): return named("src") ? .src : nil
        default: return nil
        }
    }

    private static let svg = Array("svg".utf8)
    private static let details = Array("details".utf8)
    private static let openAttribute = Array(" open".utf8)
    private static let svgClose = Array("</svg>".utf8)

    /// Whether a `<name` tag opens at `i` (followed by a space, `/` or `>`).
    private static func opens(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ name: [UInt8]) -> Bool {
        let end = i + 1 + name.count
        guard end < bytes.count, matches(name, in: bytes, at: i + 1) else { return false }
        return isSpace(bytes[end]) || bytes[end] == UInt8(ascii: ">") || bytes[end] == UInt8(ascii: "/")
    }

    /// Whether `word` is at `at` in `bytes`.
    private static func matches(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        guard at + word.count <= bytes.count else { return false }
        for k in word.indices where bytes[at + k] != word[k] { return false }
        return true
    }

    /// Whether `word` occurs in `bytes`.
    private static func contains(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + word.count <= bytes.count {
            if matches(word, in: bytes, at: i) { return true }
            i += 1
        }
        return false
    }

    /// The index of the first `byte` at or after `from`, or the end.
    private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard from < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + from, Int32(byte), bytes.count - from) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The longest `<details …>` tag looked into for an `open` attribute.
    static let longestTag = 1_000

    /// The index after the `</svg>` that closes the `<svg` at `start` (nested ones counted), or the end.
    private static func svgEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var depth = 0
        var i = start
        while i < bytes.count {
            i = find(UInt8(ascii: "<"), in: bytes, from: i)
            guard i < bytes.count else { break }
            if opens(bytes, at: i, svg) {
                depth += 1
            } else if matches(svgClose, in: bytes, at: i) {
                depth -= 1
                if depth == 0 { return i + svgClose.count }
            }
            i += 1
        }
        return bytes.count
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t")
    }
}
