import Charts
import NN
import Testing
@testable import CellRuntime

/// What `show` sends for a chart: its SVG, its summary, and a warning when it draws nothing.
@Suite struct ChartsCellDisplayableTests {
    @Test func chartsThatDrawNothingCarryTheirWarningsToShow() {
        let empty: [any CellDisplayable] = [
            Chart { Line(values: [Double.nan]) },
            Heatmap(matrix: [[Double.infinity]]),
            Contour(function: { _, _ in .nan }, xRange: 0...1, yRange: 0...1, resolution: 2),
            Panels(columns: 1) { Chart { Bar(categories: [], values: [Double]()) } },
        ]
        for value in empty { #expect(value.cellWarnings.count == 1, "\(value.cellText)") }
        let drawn: [any CellDisplayable] = [Chart { Line(values: [1, 2]) }, Heatmap(matrix: Tensor([[1.0, 2]])), Tensor([1.0])]
        for value in drawn { #expect(value.cellWarnings.isEmpty, "\(value.cellText)") }
    }
}
