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
}
