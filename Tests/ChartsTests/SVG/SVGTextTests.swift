@testable import Charts
import Testing

@Suite struct SVGTextTests {
    @Test func escapesMarkupCharacters() {
        #expect(SVGText.escaped(#"a < b && c > "d" 'e'"#) == "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &apos;e&apos;")
    }

    @Test func removesCharactersXMLForbids() {
        #expect(SVGText.escaped("a\u{1}b\u{0}c\nd") == "abc d")
        #expect(SVGText.escaped("σ 及 ∇") == "σ 及 ∇")
    }

    @Test func numbersRoundedToTenths() {
        #expect(SVGText.number(12.34) == "12.3")
        #expect(SVGText.number(12.0) == "12")
        #expect(SVGText.number(-0.04) == "0")
        #expect(SVGText.number(-0.06) == "-0.1")
        #expect(SVGText.number(99.96) == "100")
        #expect(SVGText.number(.nan) == "0")
    }
}
