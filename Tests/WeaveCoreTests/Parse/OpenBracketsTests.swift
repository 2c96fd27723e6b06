import Testing
@testable import WeaveCore

/// Escaping `![` past `OpenBrackets.limit` open image openers keeps pages as cmark would render them.
@Suite struct OpenBracketsTests {
    @Test func unclosedImageOpenersStillReadAsText() {
        let units = 3 * OpenBrackets.limit
        let note = parse(String(repeating: "![[]()", count: units) + "\n")
        guard case .paragraph(let inlines, _)? = note.blocks.first else { Issue.record("no paragraph"); return }
        let unit: [Inline] = [.text("!["), .link(destination: "", title: "", [])]
        #expect(inlines == Array(repeating: unit, count: units).flatMap { $0 })
    }

    @Test func imagesInLinksAndBracketsInAltTextStayImages() {
        let html = renderWithoutKaTeX("[![badge](https://b.org/b.png)](https://x.org) and ![a [b] c](https://p.org/p.png)\n").page.body
        #expect(html.contains("<a href=\"https://x.org\"><img src=\"https://b.org/b.png\" alt=\"badge\""))
        #expect(html.contains("<img src=\"https://p.org/p.png\" alt=\"a [b] c\""))
    }
}
