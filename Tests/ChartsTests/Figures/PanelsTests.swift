import Charts
import Foundation
import Testing

@Suite struct PanelsTests {
    @Test func gridOfPanelsInOneSVG() {
        let panels = Panels(title: "grid", columns: 2) {
            Chart(title: "a") { Line(values: [1, 2]) }
            Chart(title: "b") { Line(values: [10, 20]) }
            Heatmap(title: "c", matrix: [[1]])
        }
        let parsed = parseSVG(panels.svg)
        #expect(parsed.rootAttributes["viewBox"] == "0 0 480 \(24 + 4 + 2 * 220)")
        #expect(["grid", "a", "b", "c"].allSatisfy(parsed.texts.contains))
        #expect(parsed.desc.contains("Panel 3: Heatmap: c."))
        #expect(panels.summary.split(separator: "\n").count == 4)
    }

    @Test func sharedAxesUseOneRange() {
        func panels(_ axes: PanelAxes) -> ParsedSVG {
            parseSVG(Panels(columns: 2, axes: axes) {
                Chart { Line(values: [0, 1]) }
                Chart { Line(values: [0, 100]) }
            }.svg)
        }
        #expect(panels(.shared).texts.filter { $0 == "100" }.count == 2)
        #expect(panels(.independent).texts.filter { $0 == "100" }.count == 1)
        #expect(panels(.sharedX).texts.filter { $0 == "100" }.count == 1)
        #expect(panels(.sharedY).texts.filter { $0 == "100" }.count == 2)
    }

    @Test func sharedColourRangeForHeatmaps() {
        let shared = checked(Panels(columns: 2, axes: .shared) {
            Heatmap(matrix: [[0, 1]])
            Heatmap(matrix: [[0, 10]])
        }.svg)
        #expect(shared.components(separatedBy: "fill=\"#fde725\"").count - 1 == 1)
        let independent = checked(Panels(columns: 2) {
            Heatmap(matrix: [[0, 1]])
            Heatmap(matrix: [[0, 10]])
        }.svg)
        #expect(independent.components(separatedBy: "fill=\"#fde725\"").count - 1 == 2)
    }

    @Test func emptyPanelsSaySo() {
        let parsed = parseSVG(Panels(columns: 3) {}.svg)
        #expect(parsed.desc.contains("No panels to show."))
    }

    @Test func contourPanelsAndLoops() {
        let panels = Panels(columns: 3) {
            for power in 1...3 {
                Contour(title: "p = \(power)", function: { x, y in pow(abs(x), Double(power)) + y * y }, xRange: -1...1, yRange: -1...1)
            }
        }
        let parsed = parseSVG(panels.svg)
        #expect(parsed.count("linearGradient") == 3)
        #expect(Set(parsed.ids).count == parsed.ids.count)
    }

    @Test func oneSharedColourBarForAllHeatmaps() {
        let separate = Panels(columns: 2) {
            Heatmap(matrix: [[0, 1]])
            Heatmap(matrix: [[0, 10]])
        }
        let shared = Panels(columns: 2, sharedColorBar: true) {
            Heatmap(matrix: [[0, 1]])
            Heatmap(matrix: [[0, 10]])
        }
        let parsedSeparate = parseSVG(separate.svg), parsedShared = parseSVG(shared.svg)
        #expect(parsedSeparate.count("linearGradient") == 2)
        #expect(parsedShared.count("linearGradient") == 1)
        // One colour range: only the 10 takes the top colour, and the bar is labelled up to 10.
        #expect(shared.svg.components(separatedBy: "fill=\"#fde725\"").count - 1 == 1)
        #expect(parsedShared.texts.contains("10"))
        #expect(parsedShared.desc.contains("The heatmaps share one viridis colour bar for values 0…10."))
        // The bar stands right of the grid, which keeps its width.
        let width = { (parsed: ParsedSVG) in Double(parsed.rootAttributes["width"] ?? "") ?? 0 }
        #expect(width(parsedShared) > 480 && width(parsedShared) < 560)
        #expect(width(parsedSeparate) == 480)
        #expect(Set(parsedShared.ids).count == parsedShared.ids.count)
    }

    @Test func aSharedBarIsSymmetricForSignedValuesAndTakesTheFirstMap() {
        let panels = Panels(columns: 2, sharedColorBar: true) {
            Heatmap(matrix: [[-1, 0.5]])
            Heatmap(matrix: [[2, 0]], colorMap: .magma)
        }
        let parsed = parseSVG(panels.svg)
        #expect(parsed.desc.contains("share one diverging blue–red colour bar for values -2…2"))
        #expect(panels.svg.contains("fill=\"#67001f\""), "2 is the red end of −2…2")
        #expect(!panels.svg.contains("fill=\"#fcfdbf\""), "the second heatmap does not use its own map")
    }

    @Test func panelsThatDrawNothingAreWarningsNamingThePanel() {
        let panels = Panels(columns: 2) {
            Chart(title: "a") { Line(values: [1, 2]) }
            Heatmap(title: "b", matrix: [[Double.nan]])
        }
        #expect(panels.warnings == ["panel 2: heatmap “b” draws nothing: Skipped 1 non-finite value (NaN or ±∞)."])
    }
}
