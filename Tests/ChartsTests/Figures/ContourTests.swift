import Charts
import Foundation
import Testing

@Suite struct ContourTests {
    @Test func linesAtNiceLevelsWithAColourBar() {
        let contour = Contour(function: { x, y in x * x + y * y }, xRange: -2...2, yRange: -2...2, levels: 8)
        let svg = contour.svg
        let parsed = parseSVG(svg)
        #expect(parsed.count("linearGradient") == 1)
        #expect(svg.components(separatedBy: "class=\"cl\"").count - 1 == 7)
        #expect(parsed.desc.contains("7 levels from 1 to 7"))
    }

    @Test func trajectoryIsDrawnOverTheContours() {
        let path = [(-1.5, 1.5), (-0.5, 0.4), (-0.1, 0.1), (0.0, 0.0)]
        let contour = Contour(title: "path", function: { x, y in x * x + y * y }, xRange: -2...2, yRange: -2...2) {
            Trajectory("GD", points: path)
        }
        let svg = contour.svg
        let parsed = parseSVG(svg)
        #expect(parsed.desc.contains("Trajectory “GD”: 4 points from (-1.5, 1.5) to (0, 0)."))
        let lastContour = svg.range(of: "class=\"cl\"", options: .backwards)!
        let trajectory = svg.range(of: "class=\"ln s1\"")!
        #expect(lastContour.lowerBound < trajectory.lowerBound)
        #expect(svg.contains("class=\"st s1\""))
    }

    @Test func logLevelsForLossSurfaces() {
        let rosenbrock: (Double, Double) -> Double = { x, y in pow(1 - x, 2) + 100 * pow(y - x * x, 2) }
        let contour = Contour(function: rosenbrock, xRange: -2...2, yRange: -1...3, levelScale: .log)
        let parsed = parseSVG(contour.svg)
        #expect(parsed.desc.contains("log-spaced levels"))
        #expect(parsed.texts.contains("1000"))
    }

    @Test func aContourWithNothingToDrawIsAWarning() {
        let undefined = Contour(title: "log", function: { _, _ in .nan }, xRange: -1...1, yRange: -1...1, resolution: 4)
        #expect(undefined.warnings == ["contour plot “log” draws nothing: Skipped 25 non-finite values (NaN or ±∞)."])
        let flat = Contour(function: { _, _ in 1 }, xRange: -1...1, yRange: -1...1)
        #expect(flat.warnings == ["contour plot draws nothing: The function is constant (1) over this range: no contour lines."])
        let halfDefined = Contour(function: { x, y in x < 0 ? .nan : x + y }, xRange: -1...1, yRange: -1...1)
        #expect(halfDefined.warnings.isEmpty)
        #expect(!parseSVG(halfDefined.quietAboutSkippedValues().svg).texts.contains { $0.contains("non-finite") })
        // A trajectory over an undefined surface still draws something.
        let withPath = Contour(function: { _, _ in .nan }, xRange: -1...1, yRange: -1...1) {
            Trajectory(points: [(0, 0), (0.5, 0.5)])
        }
        #expect(withPath.warnings.isEmpty)
    }
}
