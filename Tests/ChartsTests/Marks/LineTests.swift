import Charts
import Testing

@Suite struct LineTests {
    @Test func markersSitOnEveryDrawnPoint() {
        let chart = Chart(legend: true) { Line("loss", values: [3, 2, .nan, 1.5, 1.2], marker: .circle) }
        let svg = checked(chart.svg)
        let markers = svg.components(separatedBy: "<path class=\"f1\" d=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        // Four finite points, two arcs per circle; the legend swatch has a circle too.
        #expect(markers.map { $0.components(separatedBy: "a").count - 1 }.sorted() == [2, 8])
        #expect(parseSVG(svg).desc.contains("Line “loss” with circles: 5 points"))
    }

    @Test func eachShapeDrawsItsOwnPath() {
        var seen = Set<String>()
        for shape in [MarkerShape.circle, .square, .triangle, .diamond] {
            let svg = checked(Chart { Line(values: [1, 2], marker: shape) }.svg)
            let marker = svg.components(separatedBy: "<path class=\"f1\" d=\"")[1].prefix { $0 != "\"" }
            seen.insert(String(marker))
        }
        #expect(seen.count == 4)
    }

    @Test func withoutAMarkerOnlyTheLineIsDrawn() {
        let svg = checked(Chart { Line(values: [1, 2, 3]) }.svg)
        #expect(!svg.contains("<path class=\"f1\""))
    }
}
