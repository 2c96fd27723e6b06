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

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
