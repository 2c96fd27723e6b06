/// The search index of a site: every page's sections, and for each term the sections that hold it.
///
/// Shipped as a script (`assets/search-index.js`, which sets `window.weaveSearchIndex`) rather than as
/// JSON, because a page opened from `file://` may load a script but may not fetch a file.
///
///     {"pages": [[title, url], …],
///      "sections": [[page, id, heading, text, code], …],
///      "terms": {"梯度": [3, 4, 9], "softmax": [12], …}}     section numbers, ascending
public struct SearchIndex: Sendable {
    struct Page: Equatable {
        var title: String
        /// The page's address in the site, as an href (`01-intro.html`).
        var url: String
        var sections: [SearchSection]
    }

    var pages: [Page]

    init(pages: [Page]) {
        self.pages = pages
    }

    /// The index of a site: its home page (as `index.html`, under the site's title) and its notes, in order.
    init(home: RenderedPage?, notes: [RenderedPage], siteTitle: String) {
        pages = (home.map { [Page(title: siteTitle, url: "index.html", sections: $0.searchSections)] } ?? [])
            + notes.map { page in
                Page(title: page.note.title, url: Href.path(LinkResolver.pageURL(page.note.source.relativePath)),
                     sections: page.searchSections)
            }
    }

    /// The site-relative path of the index script.
    public static let path = "assets/search-index.js"

    /// Each term and the numbers of the sections (counted across pages, in order) that hold it.
    var postings: [String: [Int]] {
        var postings: [String: [Int]] = [:]
        var number = 0
        for page in pages {
            for section in page.sections {
                // `__proto__` in an object literal sets the object's prototype: it is no term (the page
                // still finds it by scanning the text).
                for term in Set(section.terms) where term != "__proto__" { postings[term, default: []].append(number) }
                number += 1
            }
        }
        return postings
    }

    /// The index script: one statement, deterministic (terms sorted).
    var script: String {
        var out = "window.weaveSearchIndex = {\"pages\":["
        out += pages.map { "[\(Self.json($0.title)),\(Self.json($0.url))]" }.joined(separator: ",")
        out += "],\n\"sections\":[\n"
        var rows: [String] = []
        for (k, page) in pages.enumerated() {
            for s in page.sections {
                rows.append("[\(k),\(Self.json(s.id)),\(Self.json(s.heading)),\(Self.json(s.text)),\(Self.json(s.code))]")
            }
        }
        out += rows.joined(separator: ",\n")
        out += "],\n\"terms\":{"
        // Sorted by their UTF-8 bytes: deterministic, and quicker than comparing Unicode strings.
        for (k, entry) in postings.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
            if k > 0 { out += "," }
            out += Self.json(entry.key)
            out += ":["
            for (j, number) in entry.value.enumerated() {
                if j > 0 { out += "," }
                out += String(number)
            }
            out += "]"
        }
        return out + "}};\n"
    }

    /// A JSON string literal (also a JavaScript one: U+2028 and U+2029 are escaped), written byte by byte.
    static func json(_ text: String) -> String {
        var out: [UInt8] = [0x22]
        out.reserveCapacity(text.utf8.count + 16)
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case 0x22, 0x5C: out.append(0x5C); out.append(byte)          // \" and \\
            case 0x0A: out.append(0x5C); out.append(0x6E)               // \n
            case 0x09: out.append(0x5C); out.append(0x74)               // \t
            case 0x0D: out.append(0x5C); out.append(0x72)               // \r
            case 0..<0x20: out += Array("\\u00".utf8); out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 15)])
            case 0xA8...0xA9:
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in older JavaScript; other characters
                // (程 is E7 A8 8B) have these bytes too.
                if out.count >= 2 && out[out.count - 2] == 0xE2 && out[out.count - 1] == 0x80 {
                    out.removeLast(2)
                    out += Array((byte == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                } else {
                    out.append(byte)
                }
            default: out.append(byte)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
