import Foundation
import Testing
@testable import WeaveCore

@Suite struct LinkRenderingTests {
    func render(_ markdown: String) -> RenderedPage {
        let note = parse(markdown)
        let links = LinkResolver(root: URL(fileURLWithPath: "/nonexistent"), notes: [note])
        return PageRenderer(links: links).render(note, outcome: nil) { tex, _ in MathResult(html: tex) }
    }

    @Test func linksThatRunCodeOrLeaveTheNotesFolderAreRefusedAtTheirLine() {
        let page = render("""
        [up](../../secret.txt)

        [mixed](JaVaScRiPt:alert(1))

        [entity](&#106;avascript:alert(2))

        [tab](java&#9;script:alert(3))

        [control](&#1;&#32;javascript:alert(4))

        [vb](vbscript:msgbox(5)) and [data](data:text/html;base64,PHNjcmlwdD4=) and [file](file:///etc/passwd)

        ![img](javascript:alert(6))
        """)
        let why = "javascript: links run code in the reader's browser"
        #expect(page.warnings.map(\.description) == [
            "notes/test.md:1: warning: refused link ../../secret.txt: it points outside the notes folder",
            "notes/test.md:3: warning: refused link JaVaScRiPt:alert(1): \(why)",
            "notes/test.md:5: warning: refused link javascript:alert(2): \(why)",
            "notes/test.md:7: warning: refused link java\\u{9}script:alert(3): \(why)",
            "notes/test.md:9: warning: refused link \\u{1} javascript:alert(4): \(why)",
            "notes/test.md:11: warning: refused link vbscript:msgbox(5): vbscript: links run code in the reader's browser",
            "notes/test.md:11: warning: refused link data:text/html;base64,PHNjcmlwdD4=: data: links can hold pages that run code",
            "notes/test.md:11: warning: refused link file:///etc/passwd: file: links name files on this computer, outside the notes folder",
            "notes/test.md:13: warning: refused image javascript:alert(6): images come from the notes folder or from http, https or data URLs, not javascript: URLs",
        ])
        #expect(!page.body.contains("<a ") && !page.body.contains("<img"))
        #expect(page.body.hasPrefix("<p><span class=\"broken-link\" title=\"refused: it points outside the notes folder\">up</span></p>\n"))
    }

    @Test func otherLinksStayAsWrittenWithControlCharactersEncoded() {
        let page = render("[web](https://example.org/a?b=1#c) [here](#top) [site](/x.html) [near](sub/page.pdf) [mail](mailto:a@b.c) [odd](<a b&#10;c.pdf>)\n")
        // Relative links to files that are not in the notes folder stay as written, with a warning each.
        #expect(page.warnings.map(\.description) == [
            "notes/test.md:1: warning: broken link sub/page.pdf: no file sub/page.pdf in the notes folder",
            "notes/test.md:1: warning: broken link a b\\u{a}c.pdf: no file a b\\u{a}c.pdf in the notes folder",
        ])
        #expect(page.body == "<p><a href=\"https://example.org/a?b=1#c\">web</a> <a href=\"#top\">here</a> <a href=\"/x.html\">site</a> "
            + "<a href=\"sub/page.pdf\">near</a> <a href=\"mailto:a@b.c\">mail</a> <a href=\"a%20b%0Ac.pdf\">odd</a></p>\n")
    }
}
