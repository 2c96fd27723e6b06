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

    @Test func coolwarmIsCentredOnZeroLikeTheBlueRedMap() {
        let svg = checked(Heatmap(matrix: [[-1, 0, 3]], colorMap: .coolwarm).svg)
        #expect(parseSVG(svg).desc.contains("coolwarm colour map"))
        #expect(svg.contains("fill=\"#dddcdc\""))   // 0, the middle of −3…3
        #expect(svg.contains("fill=\"#b40426\""))   // 3, the red end
        #expect(!svg.contains("fill=\"#3b4cc0\""))  // −1 is not the blue end
    }

    @Test func sequentialMapsByName() {
        for (map, name, top) in [(ColorMap.magma, "magma", "#fcfdbf"), (.inferno, "inferno", "#fcffa4"),
                                  (.cividis, "cividis", "#fee838")] {
            let svg = checked(Heatmap(matrix: [[0, 1], [2, 3]], colorMap: map).svg)
            #expect(svg.contains("fill=\"\(top)\""), "\(name)")
            #expect(parseSVG(svg).desc.contains("\(name) colour map"))
        }
    }

    @Test func hiddenTicksLeaveOutIndicesAndTheirRoom() {
        let matrix = (0..<8).map { row in (0..<8).map { Double(row * $0) } }
        let withTicks = Heatmap(matrix: matrix, colorMap: .magma, showValues: false)
        let without = Heatmap(matrix: matrix, colorMap: .magma, showValues: false, showTicks: false)
        let shown = parseSVG(withTicks.svg), hidden = parseSVG(without.svg)
        #expect(shown.texts.contains("7"))
        // Only the colour bar's labels remain: no row or column index.
        #expect(!hidden.texts.contains("7") && !hidden.texts.contains("1"))
        #expect(hidden.texts.contains("40"))
        // Tick marks: along both sides of the matrix and beside the colour bar, or beside the bar only.
        #expect(withTicks.svg.components(separatedBy: "class=\"ax\"").count - 1 == 3)
        #expect(without.svg.components(separatedBy: "class=\"ax\"").count - 1 == 1)
        let width = { (svg: String) in Double(parseSVG(svg).rootAttributes["width"] ?? "") ?? 0 }
        #expect(width(without.svg) < width(withTicks.svg))
    }

    @Test func quietHeatmapsDropTheSentenceButKeepTheDescription() {
        let masked: [[Double]] = [[0.2, -.infinity], [0.5, 0.5]]
        let loud = parseSVG(Heatmap(matrix: masked).svg)
        let quiet = parseSVG(Heatmap(matrix: masked).quietAboutSkippedValues().svg)
        let sentence = "Skipped 1 non-finite value (NaN or ±∞)."
        #expect(loud.texts.contains(sentence) && loud.desc.contains(sentence))
        #expect(!quiet.texts.contains(sentence) && quiet.desc.contains(sentence))
        #expect(Heatmap(matrix: masked).quietAboutSkippedValues().warnings.isEmpty)
    }

    @Test func aHeatmapWithNoFiniteValueIsAWarning() {
        #expect(Heatmap(title: "W", matrix: [[Double.nan, .nan], [.infinity, .nan]]).warnings
                == ["heatmap “W” draws nothing: Skipped 4 non-finite values (NaN or ±∞)."])
        #expect(Heatmap(matrix: [[Double]]()).warnings == ["heatmap draws nothing: it was given no data."])
        #expect(Heatmap(matrix: [[Double.nan, 1]]).warnings.isEmpty)
    }
}
