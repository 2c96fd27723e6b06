import Charts
import Testing

@Suite struct HeatmapTests {
    @Test func signedValuesGetADivergingMapCentredOnZero() {
        let parsed = parseSVG(Heatmap(matrix: [[-1, 0], [0.5, 2]]).svg)
        #expect(parsed.desc.contains("diverging blue–red colour map"))
        #expect(parsed.texts.contains("\u{2212}2") && parsed.texts.contains("2"))
        let svg = checked(Heatmap(matrix: [[-1, 0], [0.5, 2]]).svg)
        #expect(svg.contains("fill=\"#f7f7f7\""))
    }

    @Test func valuesArePrintedForSmallGridsOnly() {
        let small = parseSVG(Heatmap(matrix: [[1, 2], [3, 4]]).svg)
        #expect(small.texts.contains("4"))
        let large = (0..<28).map { row in (0..<28).map { Double(row * $0) } }
        let parsed = parseSVG(Heatmap(matrix: large).svg)
        #expect(!parsed.texts.contains("729"))
        #expect(parsed.count("path") >= 28 * 28)
        let hidden = parseSVG(Heatmap(matrix: [[1.25, 2], [3, 4.75]], showValues: false).svg)
        #expect(!hidden.texts.contains("4.75"))
        let shown = parseSVG(Heatmap(matrix: [[1.25, 2], [3, 4.75]]).svg)
        #expect(shown.texts.contains("4.75"))
    }

    @Test func rowZeroIsAtTheTopAndLabelsReplaceIndices() {
        let parsed = parseSVG(Heatmap(matrix: [[0, 1]], xLabels: ["cat", "dog"], yLabels: ["img"]).svg)
        #expect(parsed.texts.contains("cat") && parsed.texts.contains("dog") && parsed.texts.contains("img"))
    }

    @Test func explicitRangeAndColourMap() {
        let svg = checked(Heatmap(matrix: [[0, 1]], colorMap: .grays, range: 0...1).svg)
        #expect(svg.contains("h1v1h-1z\" fill=\"#000000\""))
        #expect(svg.contains("fill=\"#ffffff\""))
    }
}
