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
}
