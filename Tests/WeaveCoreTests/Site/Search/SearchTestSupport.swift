import Foundation
@testable import WeaveCore

/// `search.js` and an index loaded in JavaScriptCore the way a page loads them, without the page: the
/// script's functions (`weaveSearch`) can then be called on the index.
struct SearchScriptRunner {
    let context = JavaScriptContext()

    init(_ index: SearchIndex) throws {
        try context.evaluate("var window = globalThis;", sourceURL: "setup.js")
        try context.evaluate(index.script, sourceURL: SearchIndex.path)
        try context.evaluate(String(decoding: SearchScript.data, as: UTF8.self), sourceURL: SearchScript.path)
        try context.evaluate("var db = weaveSearch.prepare(window.weaveSearchIndex);", sourceURL: "prepare.js")
    }

    /// The value of a function body that reads `argument` (`return …;`), as a string.
    func run(_ body: String, _ argument: String = "") throws -> String {
        try context.evaluateFunction("(function (argument) { \(body) })", sourceURL: "test.js")
            .callReturningString([.string(argument)])
    }

    /// The results for `query`, best first, as `page title › section id`.
    func search(_ query: String) throws -> [String] {
        let json = try run("""
            return JSON.stringify(weaveSearch.search(db, argument).map(function (r) {
              return db.pages[r.section.page][0] + ' › ' + r.section.id; }));
            """, query)
        return try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }

    /// The JavaScript tokenizer's terms of `text`.
    func tokenize(_ text: String) throws -> [String] {
        let json = try run("return JSON.stringify(weaveSearch.tokenize(argument));", text)
        return try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }
}

/// A section with its terms made from its heading, text, formula and code as the index makes them.
func searchSection(_ id: String, _ heading: String, text: String = "", tex: String? = nil, code: String = "") -> SearchSection {
    var section = SearchSection(id: id, heading: heading)
    section.text = text + (tex.map { " $\($0)$" } ?? "")
    section.code = code
    section.terms = SearchTokenizer.terms(heading) + SearchTokenizer.terms(text) + SearchTokenizer.terms(tex ?? "", as: .tex)
        + SearchTokenizer.terms(code, as: .code)
    return section
}

/// Loads, parses and renders `markdown` as the note at `path` (math echoed as its TeX, no KaTeX).
func renderedPage(_ markdown: String, path: String) -> RenderedPage {
    let source = try! NoteLoader.load(Data(markdown.utf8), displayPath: "notes/\(path)", relativePath: path)
    let note = NoteParser.parse(source)
    let links = LinkResolver(root: URL(fileURLWithPath: "/nonexistent"), notes: [note])
    return PageRenderer(links: links).render(note, outcome: nil) { tex, _ in MathResult(html: HTML.escape(tex)) }
}
