import Foundation
import Testing
@testable import WeaveCore

/// End to end: a chart that draws nothing is a warning at the line that showed it, printed with the
/// build's other warnings and counted in its summary; a quiet chart's skipped values are not.
@Suite(.serialized) struct ChartWarningBuildTests {
    static let note = """
    # 图表

    ```swift-nn
    let losses = [Double](repeating: .nan, count: 5)
    show(Chart(title: "loss") { Line("loss", values: losses) })
    func plotAll(_ values: [Double]) { show(Chart(title: "all") { Line(values: values) }) }
    ```

    ```swift-nn
    Chart(title: "gap") { Line("1/x", function: { 1 / $0 }, over: -1...1, samples: 21) }.quietAboutSkippedValues()
    ```

    ```swift-nn
    plotAll([])
    Heatmap(title: "W", matrix: [[Double.nan, .nan]])
    ```
    """

    @Test func chartsThatDrawNothingAreWarningsAtTheirLinesInTheSummary() throws {
        let notes = try TemporaryNotes(["a.md": Self.note])
        defer { notes.cleanUp() }
        let lines = LockedLines()
        let runner = notes.runner(lines: lines)
        let report = try runner.build(output: notes.site.path, strict: false)
        let warnings = lines.all.filter { $0.contains(": warning: ") }.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        #expect(warnings == [
            "a.md:5: warning: line chart “loss” draws nothing: loss: skipped 5 non-finite values (NaN or ±∞).",
            "a.md:14: warning: line chart “all” draws nothing: it was given no data.",
            "a.md:15: warning: heatmap “W” draws nothing: Skipped 2 non-finite values (NaN or ±∞).",
        ])
        #expect(report.warnings.count == 3)
        #expect(report.failures.isEmpty && report.failed == 0)
        let summary = try #require(lines.all.first { $0.hasPrefix("wrote ") })
        #expect(summary.contains("; 3 warnings) to "), "\(summary)")

        let page = try notes.page("a.html")
        #expect(page.contains("<div class=\"cell-warning\" title=\"line 5\">⚠ line chart “loss” draws nothing"))
        // The quiet chart draws its gap without the sentence, and says it only to screen readers.
        #expect(!page.contains(">1/x: skipped 1 non-finite value (NaN or ±∞).</text>"))
        #expect(page.contains("1/x: skipped 1 non-finite value (NaN or ±∞).</desc>"))
    }

    @Test func aStrictBuildFailsOnAChartThatDrawsNothing() throws {
        let notes = try TemporaryNotes(["a.md": "# T\n\n```swift-nn\nshow(Chart { Scatter(points: []) })\n```\n"])
        defer { notes.cleanUp() }
        let runner = notes.runner()
        let report = try runner.build(output: notes.site.path, strict: true)
        #expect(report.failures.map(\.description).contains { $0.hasSuffix("a.md:4: error: scatter plot draws nothing: it was given no data.") })
        #expect(!FileManager.default.fileExists(atPath: notes.site.path), "a strict build with a warning writes no site")
    }
}
