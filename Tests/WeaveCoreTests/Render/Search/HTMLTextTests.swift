import Testing
@testable import WeaveCore

struct HTMLTextTests {
    @Test func tagsCommentsScriptsAndStylesAreDropped() {
        #expect(HTMLText.of(#"<div style="color:red">红色的<b>字</b></div>"#) == "红色的字")
        #expect(HTMLText.of("<p>one</p><p>two</p>") == "one two")
        #expect(HTMLText.of("a <!-- hidden --> b") == "a b")
        #expect(HTMLText.of("<script>var x = '<b>';</script>text<STYLE>p{}</STYLE>") == "text")
        #expect(HTMLText.of("<img src=a.png alt=图>") == "")
    }

    @Test func entitiesAreDecodedAndStrayCharactersKept() {
        #expect(HTMLText.of("a &amp; b &lt;c&gt; &#20320;&#x597D; &nbsp;!") == "a & b <c> 你好 !")
        #expect(HTMLText.of("x < y & z") == "x < y & z")
        #expect(HTMLText.of("&unknown; &#xZZ; &#99999999;") == "&unknown; &#xZZ; &#99999999;")
    }

    @Test func unterminatedConstructsEndTheText() {
        #expect(HTMLText.of("before <!-- never closed") == "before")
        #expect(HTMLText.of("before <div class=\"x\"") == "before")
        #expect(HTMLText.of("before <script>alert(1)") == "before")
    }
}
