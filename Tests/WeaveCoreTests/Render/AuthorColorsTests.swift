import Foundation
import Testing
@testable import WeaveCore

@Suite struct AuthorColorsTests {
    /// The two colours a rewritten tag carries, as parsed colours.
    private func colours(_ html: String) throws -> (light: AuthorColor, dark: AuthorColor) {
        let light = try #require(html.firstMatch(of: #/[";]color:(#[0-9a-f]{6})/#)?.output.1)
        let dark = try #require(html.firstMatch(of: #/--weave-dark-color:(#[0-9a-f]{6})/#)?.output.1)
        return (try #require(AuthorColor(css: String(light))), try #require(AuthorColor(css: String(dark))))
    }

    @Test func everyNamedColourReachesAAInBothThemesKeepingItsHue() throws {
        for (name, _) in AuthorColor.names {
            let (light, dark) = try colours(AuthorColors.rewrite("<font color=\"\(name)\">x</font>"))
            #expect(light.contrast(with: .lightBackground) >= 4.5, "\(name) light")
            #expect(dark.contrast(with: .darkBackground) >= 4.5, "\(name) dark")
            let original = try #require(AuthorColor(css: name))
            if original.hsl.1 > 0.2 && original.hsl.2 > 0.1 && original.hsl.2 < 0.9 {
                #expect(abs(light.hsl.0 - original.hsl.0) < 0.03 || abs(light.hsl.0 - original.hsl.0) > 0.97, "\(name) keeps its hue")
            }
        }
    }

    @Test func readableColoursStayAndOthersMoveAsLittleAsNeeded() throws {
        let (light, dark) = try colours(AuthorColors.rewrite("<span style=\"color: #1a7f37\">ok</span>"))
        #expect(light.hex == "#1a7f37")
        #expect(dark.hex != "#1a7f37" && dark.contrast(with: .darkBackground) < 5.2)
        let blue = try colours(AuthorColors.rewrite("<font color=blue>蓝</font>"))
        #expect(blue.light.hex == "#0000ff")
        #expect(blue.dark.contrast(with: .darkBackground) >= 4.5 && blue.dark.contrast(with: .darkBackground) < 5.2)
    }

    @Test func tagsKeepTheirOtherAttributesAndOtherColoursAreUntouched() {
        #expect(AuthorColors.rewrite("<font color=\"red\" size=\"4\">x</font>")
            == "<font size=\"4\" style=\"color:#ec0000;--weave-dark-color:#ff0000\">x</font>")
        #expect(AuthorColors.rewrite("<span style='background-color: yellow; color:red'>x</span>")
            == "<span style='background-color: yellow; color:#ec0000;--weave-dark-color:#ff0000'>x</span>")
        #expect(AuthorColors.rewrite("<p>no colour here</p>") == "<p>no colour here</p>")
        #expect(AuthorColors.rewrite("<span style=\"color: var(--x)\">x</span>") == "<span style=\"color: var(--x)\">x</span>")
    }

    @Test func typesetTextcolorIsRewrittenInThePage() throws {
        let math = try MathTypesetter()
        let page = PageRenderer(links: LinkResolver(root: URL(fileURLWithPath: "/nonexistent"), notes: []))
            .render(parse("See $\\textcolor{blue}{x}$ and <font color=\"yellow\">黄</font>.\n"), outcome: nil, math: math)
        #expect(page.body.contains("--weave-dark-color"))
        #expect(!page.body.contains("color=\"yellow\""))
    }
}
