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

    /// The new maps pass through matplotlib's published colours at the sampled points.
    @Test func newMapsMatchThePublishedTables() {
        let samples: [(ColorMap, [String])] = [
            (.magma, ["#000004", "#51127c", "#b73779", "#fc8961", "#fcfdbf"]),
            (.inferno, ["#000004", "#57106e", "#bc3754", "#f98e09", "#fcffa4"]),
            (.cividis, ["#00224e", "#434e6c", "#7d7c78", "#bcae6c", "#fee838"]),
            (.coolwarm, ["#3b4cc0", "#8db0fe", "#dddcdc", "#f4987a", "#b40426"]),
        ]
        for (map, colors) in samples {
            #expect([0, 0.25, 0.5, 0.75, 1].map { map.color(at: $0).hex } == colors, "\(map.name)")
        }
    }

    /// Sequential maps grow steadily lighter, so values read in order even in grey.
    @Test func sequentialMapsGrowLighter() {
        for map in [ColorMap.viridis, .magma, .inferno, .cividis, .grays] {
            let luminances = (0...100).map { map.color(at: Double($0) / 100).luminance }
            #expect(zip(luminances, luminances.dropFirst()).allSatisfy { $0 < $1 }, "\(map.name)")
        }
    }

    /// Diverging maps are lightest in the middle, with a blue end and a red end of about equal lightness.
    @Test func divergingMapsAreLightInTheMiddle() {
        for map in [ColorMap.diverging, .coolwarm] {
            let low = map.color(at: 0), middle = map.color(at: 0.5), high = map.color(at: 1)
            #expect(map.isDiverging)
            #expect(middle.luminance > 2 * max(low.luminance, high.luminance), "\(map.name)")
            #expect(low.blue > low.red && high.red > high.blue, "\(map.name)")
            #expect(abs(low.luminance - high.luminance) < 0.05, "\(map.name)")
        }
        #expect(!ColorMap.magma.isDiverging && !ColorMap.viridis.isDiverging)
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
