import Charts
import Testing

@Suite struct BarTests {
    @Test func barsColouredBySignFallIntoOneGroupPerColour() {
        let chart = Chart(title: "Δw") {
            Bar("Δw", categories: ["a", "b", "c", "d"], values: [0.5, -0.25, 0.75, -1], colors: .bySign())
        }
        let svg = checked(chart.svg)
        #expect(svg.contains("<g class=\"f1\"><rect"))
        #expect(svg.contains("<g class=\"f2\"><rect"))
        #expect(svg.components(separatedBy: "<g class=\"f1\">")[1].components(separatedBy: "</g>")[0]
            .components(separatedBy: "<rect").count - 1 == 2)
        // The style sheet defines the second colour although the chart has one series.
        #expect(svg.contains(".f2{fill:var(--c2)}"))
        let parsed = parseSVG(svg)
        #expect(parsed.desc.contains("Bars “Δw” (coloured by sign): a = 0.5, b = -0.25"))
        #expect(parsed.texts.contains("Δw ≥ 0") && parsed.texts.contains("Δw < 0"))
    }

    @Test func anArrayOfColoursGoesBarByBar() {
        let svg = checked(Chart {
            Bar(categories: ["x", "y", "z"], values: [1, 2, 3], colors: [.blue, .orange])
        }.svg)
        #expect(svg.contains("<g class=\"f5\">"))
        #expect(svg.contains(".f5{fill:var(--c5)}"))
        #expect(svg.components(separatedBy: "<g class=\"f1\">")[1].components(separatedBy: "</g>")[0]
            .components(separatedBy: "<rect").count - 1 == 2, "the third bar takes the series' colour")
    }

    @Test func withoutColoursEveryBarTakesTheSeriesColour() {
        let svg = checked(Chart { Bar(categories: ["x", "y"], values: [1, -2]) }.svg)
        #expect(svg.components(separatedBy: "<g class=\"f").count - 1 == 1)
        #expect(!svg.contains(".f2{"))
    }
}
