import Testing
@testable import WeaveCore

@Suite struct StylesheetTests {
    @Test func darkModeRedefinesTheColoursAndPrintHidesTheNavigation() throws {
        let css = Stylesheet.css
        let dark = try #require(css.range(of: "@media (prefers-color-scheme: dark)"))
        #expect(css[dark.upperBound...].prefix(200).contains("--bg: #0d1117"))
        let print = try #require(css.range(of: "@media print"))
        let printRules = css[print.upperBound...].prefix(400)
        #expect(printRules.contains(".sidebar, .toc, .pager") && printRules.contains("display: none"))
        #expect(printRules.contains("break-inside: avoid"))
    }

    @Test func narrowScreensGetTheirOwnLayout() {
        #expect(Stylesheet.css.contains("@media (max-width: 760px)"))
    }

    @Test func calloutTitlesAreReadableOnTheCalloutBackgroundInBothThemes() throws {
        let css = Stylesheet.css
        let dark = try #require(css.range(of: "@media (prefers-color-scheme: dark)"))
        /// `--name: #hex;` values declared in `text`.
        let declaration = try Regex(#"--([a-z-]+): (#[0-9a-f]{6})"#)
        func colours(_ text: Substring) -> [String: AuthorColor] {
            var found: [String: AuthorColor] = [:]
            for match in text.matches(of: declaration) {
                found[String(match.output[1].substring!)] = AuthorColor(css: String(match.output[2].substring!))
            }
            return found
        }
        for theme in [colours(css[..<dark.lowerBound]), colours(css[dark.upperBound...].prefix(900))] {
            let background = try #require(theme["soft"])
            let callouts = theme.filter { $0.key.hasPrefix("callout-") }
            #expect(callouts.count == 8)
            for (name, colour) in callouts {
                #expect(colour.contrast(with: background) >= AuthorColor.required, "\(name) \(colour.hex) on \(background.hex)")
            }
        }
    }
}
