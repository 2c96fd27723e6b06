import Foundation
import Testing
@testable import WeaveCore

/// `JUnitReport.write`: where `--junit` may write, and what it must leave alone.
@Suite struct JUnitReportTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-junit-\(UUID().uuidString)")

    private func file(_ name: String, _ text: String?) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        if let text { try text.write(toFile: path, atomically: true, encoding: .utf8) }
        return path
    }

    @Test func aNewFileAnEmptyOneAndAnEarlierReportAreWritten() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = CheckReport()
        for path in [try file("new.xml", nil), try file("empty.xml", ""),
                     try file("old.xml", "<?xml version=\"1.0\"?>\n<testsuites>\n<testsuite name=\"pytest\">\n")] {
            try JUnitReport.write(report, to: path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == JUnitReport.xml(report))
        }
    }

    @Test func aNoteAPageOrAFolderIsLeftAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let note = "# 标题\n\n```swift-nn\nprint(1)\n```\n"
        for (name, text) in [("a.md", note), ("weave.yml", "title: 课程\n"), ("index.html", "<!doctype html><p>hi</p>")] {
            let path = try file(name, text)
            #expect(throws: Diagnostic(.error, file: path, "--junit names a file that is not a JUnit report, so it was left as it was; give another path")) {
                try JUnitReport.write(CheckReport(), to: path)
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        }
        #expect(throws: Diagnostic(.error, file: folder.path, "--junit names a folder; give the path of a file for the report")) {
            try JUnitReport.write(CheckReport(), to: folder.path)
        }
        let missing = folder.appendingPathComponent("no/such/r.xml").path
        #expect(throws: Diagnostic(.error, file: missing, "could not write the JUnit report: no such file or directory")) {
            try JUnitReport.write(CheckReport(), to: missing)
        }
    }
}
