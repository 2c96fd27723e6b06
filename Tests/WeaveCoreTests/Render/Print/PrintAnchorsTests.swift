import Foundation
import Testing
@testable import WeaveCore

@Suite struct PrintAnchorsTests {
    let anchors = PrintAnchors(pageURLs: ["a.html", "sub/b c.html", "x&y.html"])

    func rewrite(_ html: String, url: String) -> String {
        anchors.edits(html, url: url).applied(to: html)
    }

    @Test func idsTakeTheNotesPrefixAndLinksLeadWithinThePage() {
        let html = "<h2 id=\"小节\">小节<a class=\"anchor\" href=\"#小节\">#</a></h2>\n"
            + "<p><a href=\"sub/b%20c.html#%E6%8D%9F\">b</a> <a href=\"sub/b%20c.html\">b</a> <a href=\"x&amp;y.html#z\">xy</a>"
            + " <a href=\"https://example.com/a.html\">web</a> <a href=\"index.html\">home</a> <img src=\"files/p.png\" alt=\"\"></p>\n"
        #expect(rewrite(html, url: "a.html") == "<h2 id=\"a--小节\">小节<a class=\"anchor\" href=\"#a--小节\">#</a></h2>\n"
            + "<p><a href=\"#sub/b%20c--%E6%8D%9F\">b</a> <a href=\"#sub/b%20c\">b</a> <a href=\"#x&amp;y--z\">xy</a>"
            + " <a href=\"https://example.com/a.html\">web</a> <a href=\"index.html\">home</a> <img src=\"files/p.png\" alt=\"\"></p>\n")
    }

    @Test func pathsFromANoteInASubfolderStartAtTheSiteRoot() {
        let html = "<a href=\"../a.html#eq-x\">a</a> <img src=\"../files/sub/p.png\"> <a href=\"../files/d.csv\">d</a> <a href=\"sibling.html\">s</a>"
        #expect(rewrite(html, url: "sub/b c.html")
            == "<a href=\"#a--eq-x\">a</a> <img src=\"files/sub/p.png\"> <a href=\"files/d.csv\">d</a> <a href=\"sub/sibling.html\">s</a>")
    }

    @Test func chartsPassUnchangedAndFoldedCalloutsOpen() {
        let svg = "<svg id=\"wv1\"><clipPath id=\"wv1-c\"></clipPath><svg id=\"inner\"></svg><g href=\"#wv1-c\"></g></svg>"
        let html = "<div id=\"d\">\(svg)</div><details class=\"callout\"><summary>t</summary></details><details class=\"c\" open>x</details>"
        #expect(rewrite(html, url: "a.html")
            == "<div id=\"a--d\">\(svg)</div><details open class=\"callout\"><summary>t</summary></details><details class=\"c\" open>x</details>")
    }

    @Test func textThatLooksLikeAnAttributeIsEscapedSoItStays() {
        // Weave escapes `"` in text, so ` id="` only ever occurs inside a tag.
        let html = "<pre>let s = &quot; id=&quot;x&quot;</pre>"
        #expect(rewrite(html, url: "a.html") == html)
    }

    @Test func onlyIdHrefAndSrcAfterWhiteSpaceAreRewritten() {
        let html = "<p data-id=\"x\" xhref=\"#y\" class=\"id\">id=\"\"</p><a\nhref=\"#z\"\tid=\"w\">a</a>"
        #expect(rewrite(html, url: "a.html")
            == "<p data-id=\"x\" xhref=\"#y\" class=\"id\">id=\"\"</p><a\nhref=\"#a--z\"\tid=\"a--w\">a</a>")
    }

    @Test func anAttributeWithoutItsClosingQuoteStaysAsItIs() {
        let html = "<details class=\"c\"><p id=\"x"
        #expect(rewrite(html, url: "a.html") == "<details open class=\"c\"><p id=\"x")
    }

    /// Broken HTML that would make naive scans quadratic: tags that never close.
    /// A complexity test like `LinearTimeTests`: n repetitions against 4n, CPU time, a ratio well below 16.
    @Test(arguments: ["<details ", "<svg <svg "])
    func brokenHTMLIsRewrittenInLinearTime(_ piece: String) {
        func seconds(_ n: Int) -> Double {
            let html = String(repeating: piece + "x", count: n)
            var start = timespec(), end = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
            _ = rewrite(html, url: "a.html")
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
            return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) * 1e-9
        }
        var n = 5_000
        while seconds(n) < 0.02 && n < 1_000_000 { n *= 2 }
        var small = Double.infinity, large = Double.infinity
        for _ in 0..<2 {
            small = min(small, seconds(n))
            large = min(large, seconds(4 * n))
        }
        #expect(large / small < 8, "n=\(n): \(small) s, 4n: \(large) s")
    }
}
