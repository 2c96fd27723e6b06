@testable import Charts
import Testing

@Suite struct StyleSheetTests {
    @Test func coloursComeFromCustomPropertiesWithFallbacks() {
        let css = StyleSheet.css(id: "wvX", colorCount: 2)
        #expect(css.contains("--c1:var(--chart-1,#0072B2)"))
        #expect(css.contains("--c2:var(--chart-2,#D55E00)"))
        #expect(!css.contains("--chart-3"))
        #expect(css.contains("@media (prefers-color-scheme:dark){#wvX{--f:var(--chart-fg,#e4e4e4)"))
        #expect(css.contains("#wvX .s1{stroke:var(--c1)}"))
    }

    @Test func paletteSlotsRepeat() {
        #expect(Palette.strokeClass(0) == "s1")
        #expect(Palette.fillClass(7) == "f1")
        #expect(Palette.light.count == Palette.dark.count)
    }
}
