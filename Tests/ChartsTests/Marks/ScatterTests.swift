import Charts
import Testing

@Suite struct ScatterTests {
    /// The `d` of each `<path>` with the given class.
    private func paths(_ svg: String, class name: String) -> [String] {
        svg.components(separatedBy: "<path class=\"\(name)\" d=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func pointsColouredOneByOneGetOnePathPerColour() {
        let labels = [0, 1, 1, 0, 1]
        let svg = checked(Chart {
            Scatter(x: [0.0, 1, 2, 3, 4], y: [1.0, 2, 3, 4, 5], colors: .each(labels.map { $0 == 1 ? .vermillion : .blue }))
        }.svg)
        // Circles, two arcs each: two blue points and three vermillion ones.
        #expect(paths(svg, class: "f1").first?.components(separatedBy: "a").count == 1 + 2 * 2)
        #expect(paths(svg, class: "f2").first?.components(separatedBy: "a").count == 1 + 3 * 2)
    }

    @Test func residualsBySignUseY() {
        let svg = checked(Chart { Scatter(values: [0.5, -0.5, 0.25], colors: .bySign()) }.svg)
        #expect(paths(svg, class: "f1").count == 1 && paths(svg, class: "f2").count == 1)
    }

    @Test func anExplicitMarkerReplacesTheSeriesShape() {
        let circles = checked(Chart { Scatter(values: [1, 2]) }.svg)
        let squares = checked(Chart { Scatter(values: [1, 2], marker: .square) }.svg)
        #expect(paths(circles, class: "f1").first?.contains("a") == true)
        let square = paths(squares, class: "f1").first ?? ""
        #expect(square.contains("v") && !square.contains("a"))
    }
}
