import Charts
import Foundation
import Testing

/// Bad or awkward data: charts still draw, say what they skipped, and never crash.
@Suite struct EdgeCaseTests {
    @Test func nonFiniteValuesAreSkippedAndDescribed() {
        let chart = Chart(title: "loss") {
            Line("loss", values: [1.0, 0.5, .nan, 0.3, .infinity, -.infinity, 0.2])
        }
        let parsed = parseSVG(chart.svg)
        #expect(parsed.desc.contains("loss: skipped 3 non-finite values (NaN or ±∞)."))
        #expect(parsed.texts.contains("loss: skipped 3 non-finite values (NaN or ±∞)."))
        #expect(chart.summary.contains("skipped 3 non-finite"))
        #expect(!chart.svg.contains("nan") && !chart.svg.contains("inf"))
    }

    @Test func functionThatBlowsUpLeavesAGap() {
        let chart = Chart { Line("1/x", function: { 1 / $0 }, over: -1...1, samples: 21) }
        let svg = chart.svg
        parseSVG(svg)
        #expect(svg.contains("skipped 1 non-finite value"))
        #expect(svg.components(separatedBy: "M").count > 2)
    }

    @Test func emptyDataDrawsAnEmptyChartWithANote() {
        for chart in [Chart(title: "nothing") { Line("a", values: [Double]()) },
                      Chart { Scatter(points: []) },
                      Chart { Histogram([Double]()) },
                      Chart { Bar(categories: [], values: [Double]()) },
                      Chart(title: "no marks") {}] {
            let parsed = parseSVG(chart.svg)
            #expect(parsed.desc.contains("No data to plot."))
            #expect(parsed.texts.contains("No data to plot"))
        }
    }

    @Test func onlyNaNIsEmptyToo() {
        let parsed = parseSVG(Chart { Line(values: [Double.nan, .nan]) }.svg)
        #expect(parsed.desc.contains("No data to plot."))
        #expect(parsed.desc.contains("Skipped 2 non-finite values"))
    }

    @Test func logAxisSkipsNonPositiveValuesVisibly() {
        let chart = Chart(title: "gradient norm", yScale: .log) {
            Line("‖g‖", values: [1e-1, 1e-3, 0, -1e-4, 1e-6])
        }
        let parsed = parseSVG(chart.svg)
        let note = "‖g‖: skipped 2 values ≤ 0 that the log y axis cannot show."
        #expect(parsed.texts.contains(note))
        #expect(parsed.desc.contains(note))
        #expect(parsed.desc.contains("(log scale)"))
        #expect(parsed.texts.contains("10⁻⁶"))
    }

    @Test func logAxisWithOnlyNonPositiveValues() {
        let parsed = parseSVG(Chart(yScale: .log) { Bar(categories: ["a", "b"], values: [0, -1]) }.svg)
        #expect(parsed.desc.contains("No data to plot."))
        #expect(parsed.desc.contains("Skipped 2 values ≤ 0"))
    }

    @Test func oneByOneAndConstantHeatmaps() {
        let single = parseSVG(Heatmap(matrix: [[0.5]]).svg)
        #expect(single.count("path") >= 1)
        #expect(single.texts.contains("0.5"))
        let constant = Heatmap(title: "zeros", matrix: [[Double]](repeating: [0, 0, 0], count: 3))
        let parsed = parseSVG(constant.svg)
        #expect(parsed.desc.contains("all values 0"))
        #expect(!constant.svg.contains("linearGradient"))
    }

    @Test func heatmapWithNaNAndRaggedRows() {
        let parsed = parseSVG(Heatmap(matrix: [[1, .nan, 3], [4, 5]]).svg)
        #expect(parsed.desc.contains("Skipped 1 non-finite value"))
        #expect(parsed.desc.contains("Rows have different lengths (2…3)"))
        let empty = parseSVG(Heatmap(matrix: [[Double]]()).svg)
        #expect(empty.desc.contains("No data to plot."))
    }

    @Test func contourOfAConstantFunction() {
        let contour = Contour(title: "flat", function: { _, _ in 1 }, xRange: -1...1, yRange: -1...1)
        let parsed = parseSVG(contour.svg)
        #expect(parsed.desc.contains("The function is constant (1) over this range: no contour lines."))
        #expect(!contour.svg.contains("class=\"cl\""))
    }

    @Test func contourWithNaNRegionAndLogLevels() {
        let contour = Contour(function: { x, y in x < 0 ? .nan : x * x + y * y }, xRange: -1...1, yRange: -1...1,
                              levelScale: .log)
        let parsed = parseSVG(contour.svg)
        #expect(parsed.desc.contains("non-finite"))
        #expect(parsed.desc.contains("≤ 0 that the log level axis cannot show"))
        #expect(contour.svg.contains("class=\"cl\""))
    }

    @Test func degenerateRangesStillDraw() {
        let parsed = parseSVG(Chart { Line(values: [3, 3, 3]); Scatter(x: [5], y: [5]) }.svg)
        #expect(parsed.texts.contains("3"))
        parseSVG(Chart(xRange: 2...2, yRange: 0...1) { Line(values: [0.5]) }.svg)
        parseSVG(Chart(yScale: .log, yRange: 0...10) { Line(values: [1, 10]) }.svg)
    }

    @Test func textIsEscapedEverywhere() {
        let tricky = #"<script>&"'"#
        let chart = Chart(title: tricky, x: tricky, y: tricky) {
            Line(tricky, values: [1, 2])
            Line("b", values: [2, 1])
            ReferenceLine(y: 1.5, label: tricky)
            Annotation(tricky, x: 0, y: 1)
        }
        let parsed = parseSVG(chart.svg)
        #expect(parsed.title == tricky)
        #expect(parsed.texts.filter { $0 == tricky }.count == 6)
        #expect(!chart.svg.contains("<script>"))
        parseSVG(Bar(categories: [tricky], values: [1]).asChart.svg)
        parseSVG(Heatmap(title: tricky, matrix: [[1]], xLabels: [tricky], yLabels: [tricky]).svg)
    }

    @Test func mismatchedCategoriesAndValues() {
        let parsed = parseSVG(Chart { Bar(categories: ["a", "b", "c"], values: [1, 2]) }.svg)
        #expect(parsed.desc.contains("Categories and values differ in length; ignored 1."))
        let grouped = parseSVG(Chart { GroupedBar(categories: ["a", "b"], series: ["s": [1.0]]) }.svg)
        #expect(grouped.desc.contains("s: has 1 values for 2 categories."))
    }
}

private extension Bar {
    var asChart: Chart { Chart { self } }
}
