import Foundation

/// Writes a check report as JUnit XML: one test suite, one failing test case per failure.
public enum JUnitReport {
    public static func xml(_ report: CheckReport) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuite name=\"weave check\" tests=\"\(report.passed + report.failed)\" failures=\"\(report.failed)\">\n"
        for failure in report.failures {
            let name = escape("\(failure.file):\(failure.line)")
            out += "  <testcase classname=\"\(escape(failure.file))\" name=\"\(name)\">"
            out += "<failure message=\"\(escape(failure.message))\">\(escape(failure.description))</failure></testcase>\n"
        }
        if report.passed > 0 {
            out += "  <testcase classname=\"weave\" name=\"\(report.passed) passed cells and checks\"/>\n"
        }
        return out + "</testsuite>\n"
    }

    /// Writes the report to `path`, replacing only an empty file or an earlier JUnit report: `--junit`
    /// given a note, the settings or a page by mistake must not overwrite it.
    public static func write(_ report: CheckReport, to path: String) throws(Diagnostic) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard !isFolder.boolValue else {
                throw Diagnostic(.error, file: path, "--junit names a folder; give the path of a file for the report")
            }
            guard let head = beginning(of: path), head.isEmpty || isReport(head) else {
                throw Diagnostic(.error, file: path, "--junit names a file that is not a JUnit report, so it was left as it was; give another path")
            }
        }
        do {
            try Data(xml(report).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Diagnostic(.error, file: path, "could not write the JUnit report: \(ErrorDescription.words(error))")
        }
    }

    /// The first 4 KB of the file at `path` (all that `isReport` reads), or nil when it cannot be read.
    private static func beginning(of path: String) -> Data? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        return try? file.read(upToCount: 4096) ?? Data()
    }

    /// Whether `data` begins as JUnit XML does (an XML declaration, then a test suite), as weave and other
    /// test runners write it.
    static func isReport(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        return head.hasPrefix("<?xml") && (head.contains("<testsuite ") || head.contains("<testsuites"))
    }

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
