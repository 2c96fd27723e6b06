import Foundation
import Testing

/// The folder of golden SVG files, next to this test target's sources.
let goldenDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

/// Compares `svg` with `Golden/<name>.svg`; with `RECORD_GOLDEN=1` in the environment, writes it instead.
func expectGolden(_ svg: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = goldenDirectory.appendingPathComponent("\(name).svg")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
        try svg.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(Comment(rawValue: "missing golden file \(url.path); run the tests with RECORD_GOLDEN=1 to create it"),
                     sourceLocation: sourceLocation)
        return
    }
    if svg != expected {
        let actualURL = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("\(name).actual.svg")
        try? svg.write(to: actualURL, atomically: true, encoding: .utf8)
        let message = "\(name).svg differs from the golden file; the new output is at \(actualURL.path). "
            + "Review it and re-record with RECORD_GOLDEN=1 if the change is intended."
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
