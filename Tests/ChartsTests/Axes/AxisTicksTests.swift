@testable import Charts
import Testing

@Suite struct AxisTicksTests {
    @Test func fewerTicksOnShortAxes() {
        let long = AxisTicks.choose(for: AxisConfig(), domain: 0...100, length: 600, horizontal: true)
        let short = AxisTicks.choose(for: AxisConfig(), domain: 0...100, length: 120, horizontal: true)
        #expect(long.values.count > short.values.count)
        #expect(short.values.count >= 2)
        #expect(short.fits(length: 120, horizontal: true))
    }

    @Test func longCategoryNamesAreTurned() {
        let names = ["convolution 1", "convolution 2", "convolution 3", "fully connected"]
        let narrow = AxisTicks.choose(for: AxisConfig(ticks: .categories(names)), domain: -0.5...3.5, length: 200, horizontal: true)
        #expect(narrow.rotated)
        #expect(narrow.labels == names)
        #expect(narrow.horizontalLabelHeight > 40)
        let wide = AxisTicks.choose(for: AxisConfig(ticks: .categories(names)), domain: -0.5...3.5, length: 800, horizontal: true)
        #expect(!wide.rotated)
    }

    @Test func indicesAreThinnedForLargeMatrices() {
        let ticks = AxisTicks.choose(for: AxisConfig(ticks: .indices(names: nil)), domain: -0.5...27.5, length: 300, horizontal: true)
        #expect(ticks.values.first == 0)
        #expect(ticks.values.count < 28)
        #expect(ticks.values.allSatisfy { $0 == $0.rounded() })
        let small = AxisTicks.choose(for: AxisConfig(ticks: .indices(names: nil)), domain: -0.5...2.5, length: 120, horizontal: false)
        #expect(small.labels == ["0", "1", "2"])
    }

    @Test func logAxisGetsPowerOfTenLabels() {
        let ticks = AxisTicks.choose(for: AxisConfig(type: .log), domain: 1e-6...1, length: 300, horizontal: false)
        #expect(ticks.labels.first == "10⁻⁶")
    }
}
