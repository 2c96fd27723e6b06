import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import WeaveCore

@Suite(.serialized) struct ReportTests {
    @Test func checkReportsFailuresWithLocationsAndTheClosingLine() throws {
        let notes = try TemporaryNotes([
            "a.md": "# A\n\n```swift-nn\ncheck(1 + 1 == 2, \"fine\")\ncheck(2 + 2 == 5, \"arithmetic\")\n```\n\n```swift-nn\nprint(\"x\")\n```\n",
        ])
        defer { notes.cleanUp() }
        var runner = CourseRunner(paths: [notes.notes], jobs: 1, useCache: false)
        runner.log = { _ in }
        runner.liveProgress = false
        let report = try runner.check()
        // Column 6: the check call's opening parenthesis, as `#column` gives it.
        #expect(report.failures.map(\.description) == ["\(notes.notes)/a.md:5:6: error: check failed: arithmetic"])
        // 1 passed check + 1 passed cell (the second); 1 failed check + 1 failed cell (the first).
        #expect(report.summaryLine == "2 passed, 2 failed")
        #expect(!report.succeeded)
        let xml = JUnitReport.xml(report)
        #expect(xml.contains("<testsuite name=\"weave check\" tests=\"4\" failures=\"2\">"))
        #expect(xml.contains("check failed: arithmetic"))
        let parsed = XMLParser(data: Data(xml.utf8))
        #expect(parsed.parse(), "JUnit output is well-formed XML")
    }

    @Test func texErrorsAreWarningsWithFileAndLineAndShowInThePage() throws {
        let notes = try TemporaryNotes(["t.md": "# T\n\nGood $x^2$.\n\nBad $\\frac{1}{$ here.\n"])
        defer { notes.cleanUp() }
        let report = try notes.build()
        #expect(report.succeeded)
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.description.hasPrefix("\(notes.notes)/t.md:5: warning: TeX error:") == true)
        #expect(try notes.page("t.html").contains("class=\"math-error"))
    }
}
