import Foundation
import Testing
@testable import WeaveCore

@Suite struct SwiftHighlighterTests {
    /// Found by the fuzz target (a cell of the seed notes with 85 `[` pasted in): swift-syntax's parser
    /// never finished on it, so rendering the page hung.
    @Test func codeWithDeeplyNestedBracketsIsShownPlain() {
        let code = "for y in digits.labels { " + String(repeating: "[", count: 85) + "classCounts[y] += 1 }\n"
        #expect(SwiftHighlighter.html(code) == HTML.escape(code))
        let balanced = "let t = " + String(repeating: "[", count: 40) + "1" + String(repeating: "]", count: 40)
        #expect(SwiftHighlighter.html(balanced) == balanced)
    }

    @Test func fourDimensionalArrayLiteralsAreStillHighlighted() {
        #expect(SwiftHighlighter.html("let t = [[[[1, 2]]], [[[a[0]]]]]").contains("<span class=\"hl-num\">2</span>"))
    }

    @Test func keywordsTypesNumbersStringsAndCommentsGetTheirClasses() {
        let code = "let x: Tensor = Tensor([1.5, 2]) // a < b\nprint(\"n = \\(x)\", #\"raw\"#)\n"
        #expect(SwiftHighlighter.html(code) == """
            <span class="hl-kw">let</span> x: <span class="hl-ty">Tensor</span> = <span class="hl-ty">Tensor</span>\
            ([<span class="hl-num">1.5</span>, <span class="hl-num">2</span>]) <span class="hl-com">// a &lt; b</span>
            print(<span class="hl-str">&quot;n = \\(</span>x<span class="hl-str">)&quot;</span>, \
            <span class="hl-str">#&quot;raw&quot;#</span>)

            """)
    }

    @Test func attributesDocCommentsAndNestedBlockComments() {
        let code = "/// Doc.\n@MainActor func f() -> Int { return nil ?? 0x1F }\n/* a /* b */ c */ self.y = Linear(2, 3)"
        #expect(SwiftHighlighter.html(code) == """
            <span class="hl-com">/// Doc.</span>
            <span class="hl-attr">@MainActor</span> <span class="hl-kw">func</span> f() -&gt; <span class="hl-ty">Int</span> \
            { <span class="hl-kw">return</span> <span class="hl-kw">nil</span> ?? <span class="hl-num">0x1F</span> }
            <span class="hl-com">/* a /* b */ c */</span> <span class="hl-kw">self</span>.y = \
            <span class="hl-ty">Linear</span>(<span class="hl-num">2</span>, <span class="hl-num">3</span>)
            """)
    }

    @Test func aMultiLineStringIsOneStringWhateverItHolds() {
        let code = "let s = \"\"\"\n  ( // not a comment\n  \"\"\"\n"
        #expect(SwiftHighlighter.html(code)
            == "<span class=\"hl-kw\">let</span> s = <span class=\"hl-str\">&quot;&quot;&quot;\n  ( // not a comment\n  &quot;&quot;&quot;</span>\n")
    }

    @Test func garbageIsReproducedByteForByte() {
        let inputs = [
            "", "\n", "}}}((( let = = \"unterminated\n/* open comment", "\"\"\" never closed ( //",
            "#\"raw \\( \"# \"#  @ @@ # #if #endif ` `a` <#placeholder#> \u{0}",
            "let 变量 = \"中文\" + 🙂 ; /* é */ </span> <b>&amp;</b> 'c' '", "\r\n\t x \r y \\", "0x 1e 1.e5 0b2 _1 $0 $$",
            "func (((( [ [ { { \"\\(\"\\(\"\\(", "/// doc\n/** doc */ /*/ */ */ **/ //",
        ]
        var random = SeededWords(seed: 7)
        for code in inputs + (0..<200).map({ _ in random.code() }) {
            #expect(Self.unhighlight(SwiftHighlighter.html(code)) == code, "\(code.debugDescription)")
        }
    }

    /// The text a reader sees: tags removed, entities decoded.
    static func unhighlight(_ html: String) -> String {
        html.replacingOccurrences(of: #"<span class="hl-[a-z]+">|</span>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Random runs of Swift-ish fragments, the same on every run.
struct SeededWords {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    static let fragments = [
        "let", "var", "x", "Tensor", "(", ")", "[", "]", "{", "}", "\"", "\"\"\"", "#", "\\(", "//", "/*", "*/", "\n",
        " ", "=", "==", "+=", "1", "2.5", "@", "`", "'", "<", ">", "&", ";", ",", ".", "in", "if", "é", "🙂", "\t", "$0",
    ]
    mutating func next() -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(truncatingIfNeeded: state >> 33)
    }
    mutating func code() -> String {
        (0..<(next() % 40)).map { _ in Self.fragments[next() % Self.fragments.count] }.joined()
    }
}
