import Testing
@testable import WeaveCore

@Suite struct HrefTests {
    @Test func oddFileNamesBecomePathsABrowserReadsBack() {
        #expect(Href.path("sub/a b.html") == "sub/a%20b.html")
        #expect(Href.path("new\nline.html") == "new%0Aline.html")
        #expect(Href.path("x#1?.png") == "x%231%3F.png")
        #expect(Href.path("100%.png") == "100%25.png")
        #expect(Href.path("javascript:alert(1).html") == "javascript%3Aalert(1).html")
        #expect(Href.path("a\\b\"<>.png") == "a%5Cb%22%3C%3E.png")
        #expect(Href.path("图/过拟合-1_(a).png") == "图/过拟合-1_(a).png")
    }

    @Test func theSchemeIsFoundAsABrowserFindsIt() {
        #expect(Href.scheme("JaVaScRiPt:alert(1)") == "javascript")
        #expect(Href.scheme("  \u{1}javascript:alert(1)") == "javascript")
        #expect(Href.scheme("java\tscr\nipt:alert(1)") == "javascript")
        #expect(Href.scheme("vbscript:msgbox") == "vbscript")
        #expect(Href.scheme("data:text/html,<script>") == "data")
        #expect(Href.scheme("https://example.org/a:b") == "https")
        #expect(Href.scheme("svg+xml.v2-x:y") == "svg+xml.v2-x")
        #expect(Href.scheme("img/a:b.png") == nil)
        #expect(Href.scheme("./javascript:alert(1)") == nil)
        #expect(Href.scheme("1abc:x") == nil)
        #expect(Href.scheme(":x") == nil)
        #expect(Href.scheme("#top") == nil)
        #expect(Href.scheme("\u{a0}javascript:x") == nil, "browsers do not drop a no-break space")
    }

    @Test func writtenURLsKeepTheirEscapesAndLoseControlCharacters() {
        #expect(Href.written("https://example.org/a%20b?q=1&r=2#x") == "https://example.org/a%20b?q=1&r=2#x")
        #expect(Href.written("a b\n<c>.pdf") == "a%20b%0A%3Cc%3E.pdf")
        #expect(Href.written("损失.pdf") == "损失.pdf")
    }
}
