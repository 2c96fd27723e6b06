@testable import Charts
import Testing

@Suite struct ColorMapTests {
    @Test func endsAndMiddle() {
        #expect(ColorMap.viridis.color(at: 0).hex == "#440154")
        #expect(ColorMap.viridis.color(at: 1).hex == "#fde725")
        #expect(ColorMap.diverging.color(at: 0.5).hex == "#f7f7f7")
        #expect(ColorMap.grays.color(at: 0.5).hex == "#808080")
        #expect(ColorMap.viridis.color(at: 7).hex == "#fde725")
        #expect(ColorMap.viridis.color(at: .nan).hex == "#21918c")
    }

    @Test func automaticIsDivergingForSignedValues() {
        #expect(ColorMap.automatic.resolved(for: -1...2) == .diverging)
        #expect(ColorMap.automatic.resolved(for: 0...2) == .viridis)
        #expect(ColorMap.automatic.resolved(for: nil) == .viridis)
        #expect(ColorMap.grays.resolved(for: -1...1) == .grays)
    }

    @Test func textColourContrastsWithCell() {
        #expect(RGB(hex: "#fde725").prefersDarkText)
        #expect(!RGB(hex: "#440154").prefersDarkText)
    }

    @Test func colorBarSpecMapsValues() {
        let spec = ColorBarSpec(colorMap: .viridis, domain: 0...10)
        #expect(spec.color(for: 0).hex == "#440154")
        #expect(spec.color(for: 20).hex == "#fde725")
        let constant = ColorBarSpec(colorMap: .viridis, domain: 3...3)
        #expect(constant.isConstant)
        #expect(constant.color(for: 3).hex == "#21918c")
        let log = ColorBarSpec(colorMap: .grays, domain: 1...100, type: .log)
        #expect(log.color(for: 10).hex == "#808080")
    }
}
