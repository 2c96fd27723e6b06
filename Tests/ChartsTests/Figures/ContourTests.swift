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
}
