import Foundation
import Testing
@testable import WeaveCore

/// Loads built pages in headless Chromium (Debian's `chromium`, installed by .ci/run) and asks the
/// browser what a reader would see: typeset math without KaTeX errors, visible charts, no console errors.
///
/// The probe script is added to a copy of each page made for the test; the built site has no script.
@Suite(.serialized, .enabled(if: BrowserProbe.chromium != nil, "chromium is not installed"))
struct BrowserTests {
    @Test func mathIsTypesetAndChartsAreVisibleWithoutConsoleErrors() throws {
        let notes = try TemporaryNotes(SiteBuildTests.course)
        defer { notes.cleanUp() }
        _ = try notes.build()
        for page in ["01-first.html", "02-second.html", "index.html"] {
            let result = try BrowserProbe.load(notes.site.appendingPathComponent(page))
            #expect(result.consoleErrors.isEmpty, "\(page): \(result.consoleErrors)")
            #expect(result.mathErrors == 0, "\(page)")
            #expect(result.invisibleCharts == 0, "\(page)")
            #expect(result.stylesheetsLoaded >= 2, "\(page): KaTeX and weave stylesheets")
            if page != "index.html" { #expect(result.typesetFormulas > 0, "\(page)") }
            if page == "01-first.html" { #expect(result.visibleCharts == 1) }
        }
    }
}

/// What the probe reports about one page.
struct BrowserProbe {
    var typesetFormulas = 0
    var mathErrors = 0
    var visibleCharts = 0
    var invisibleCharts = 0
    var stylesheetsLoaded = 0
    var consoleErrors: [String] = []

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let script = """
    <script>
    window.addEventListener('load', () => {
      const charts = [...document.querySelectorAll('.display svg')];
      const visible = charts.filter(s => { const r = s.getBoundingClientRect();
        return r.width > 50 && r.height > 50 && getComputedStyle(s).visibility !== 'hidden'; }).length;
      const sheets = [...document.styleSheets].filter(s => { try { return s.cssRules.length > 0 } catch (e) { return false } }).length;
      const result = { typeset: document.querySelectorAll('.katex').length,
        errors: document.querySelectorAll('.math-error, .katex-error').length,
        visible: visible, invisible: charts.length - visible, sheets: sheets };
      document.body.setAttribute('data-probe', JSON.stringify(result));
    });
    </script>
    """

    /// Loads `page` (a copy with the probe script) and reads the result from the DOM and the console log.
    static func load(_ page: URL) throws -> BrowserProbe {
        let html = try String(contentsOf: page, encoding: .utf8)
        let probe = page.deletingLastPathComponent().appendingPathComponent("probe-\(page.lastPathComponent)")
        try html.replacingOccurrences(of: "</head>", with: script + "</head>").write(to: probe, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: probe) }
        let result = try ProcessRunner(timeout: 60).run(chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000", "--dump-dom", probe.absoluteString,
        ])
        let dom = String(decoding: result.standardOutput, as: UTF8.self)
        let log = String(decoding: result.standardError, as: UTF8.self)
        var out = BrowserProbe()
        out.consoleErrors = log.split(separator: "\n").filter { $0.contains("CONSOLE") && ($0.contains("ERROR") || $0.contains("Uncaught")) }
            .map(String.init)
        guard let start = dom.range(of: "data-probe=\""), let end = dom[start.upperBound...].firstIndex(of: "\"") else {
            out.consoleErrors.append("the probe did not run")
            return out
        }
        let json = dom[start.upperBound..<end].replacingOccurrences(of: "&quot;", with: "\"")
        let fields = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Int] ?? [:]
        out.typesetFormulas = fields["typeset"] ?? 0
        out.mathErrors = fields["errors"] ?? 0
        out.visibleCharts = fields["visible"] ?? 0
        out.invisibleCharts = fields["invisible"] ?? 0
        out.stylesheetsLoaded = fields["sheets"] ?? 0
        return out
    }
}
