/// The search index of a site: every page's sections, and for each term the sections that hold it.
///
/// Shipped as a script (`assets/search-index.js`, which sets `window.weaveSearchIndex`) rather than as
/// JSON, because a page opened from `file://` may load a script but may not fetch a file.
///
///     {"pages": [[title, url], …],
///      "sections": [[page, id, heading, text, code], …],
///      "terms": {"梯度": [3, 4, 9], "softmax": [12], …}}     section numbers, ascending
public struct SearchIndex {
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
        pages = (home.map { [Page(title: siteTitle, url: "index.html", sections: SearchSections.of($0.note))] } ?? [])
            + notes.map { page in
                Page(title: page.note.title, url: Href.path(LinkResolver.pageURL(page.note.source.relativePath)),
                     sections: SearchSections.of(page.note))
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
                for term in Set(section.terms) { postings[term, default: []].append(number) }
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
        out += postings.sorted { $0.key < $1.key }
            .map { "\(Self.json($0.key)):[\($0.value.map(String.init).joined(separator: ","))]" }
            .joined(separator: ",")
        return out + "}};\n"
    }

    /// A JSON string literal (also a JavaScript one: U+2028 and U+2029 are escaped).
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{2028}", "\u{2029}": out += "\\u\(String(scalar.value, radix: 16))"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
