import Testing
@testable import WeaveCore

/// Text that looks like a shielding placeholder (private-use characters around a number) is not one.
@Suite struct PlaceholderTests {
    @Test(arguments: ["\u{E000}-1\u{E001}", "\u{E000}7\u{E001}", "\u{E000}+0\u{E001}", "\u{E000}99999999999999999999\u{E001}"])
    func placeholderLookalikesInTheNoteStayText(_ lookalike: String) {
        let (note, page) = renderWithoutKaTeX("before \(lookalike) after\n\n```\n\(lookalike)\n```\n")
        #expect(note.diagnostics.isEmpty)
        #expect(page.body.contains("before \(lookalike) after"))
        #expect(page.body.contains("<code>\(lookalike)\n</code>"))
    }
}
