import Foundation
import Testing
@testable import WeaveCore

/// `print.html` in headless Chromium: printed to PDF it has the contents and then every note on pages of
/// their own; laid out by the print rules at the width of a printed page, nothing sticks out of the page or
/// is cut off in a scrolling box; every formula and chart of the notes' pages is on it.
@Suite(.serialized, .enabled(if: BrowserProbe.chromium != nil, "chromium is not installed"))
struct PrintBrowserTests {
    /// A sheet's printable width in CSS pixels, a little narrower than A4's or Letter's with Chromium's margins.
    static let pageWidth = 700

    @Test func printedToPDFEveryNoteStartsAPageOfItsOwn() throws {
        let notes = try TemporaryNotes(PrintCourse.files)
        defer { notes.cleanUp() }
        _ = try notes.build()
        let pdf = notes.root.appendingPathComponent("course.pdf")
        _ = try ProcessRunner(timeout: 120).run(BrowserProbe.chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--no-pdf-header-footer",
            "--virtual-time-budget=3000", "--print-to-pdf=\(pdf.path)", notes.site.appendingPathComponent("print.html").absoluteString,
        ])
        let data = try Data(contentsOf: pdf)
        #expect(data.starts(with: Data("%PDF".utf8)))
        // The contents, then a page break before each of the three notes.
        #expect(PDFPages.count(data) >= PrintCourse.notePages.count + 1, "\(PDFPages.count(data)) pages")
    }

    @Test func byThePrintRulesNothingOverflowsAndEveryFormulaAndChartIsThere() throws {
        let notes = try TemporaryNotes(PrintCourse.files)
        defer { notes.cleanUp() }
        _ = try notes.build()
        try expectPrintable(notes.site, notePages: PrintCourse.notePages)
    }

    @Test func theCoursesOwnNotesPrint() throws {
        let course = NarrowScreenBrowserTests.courses[0]
        let notes = try TemporaryNotes([:])
        defer { notes.cleanUp() }
        var runner = CourseRunner(paths: [course.path], jobs: 2, useCache: false)
        runner.log = { _ in }
        runner.liveProgress = false
        let report = try runner.build(output: notes.site.path, strict: false)
        #expect(report.succeeded)
        let pages = try FileManager.default.contentsOfDirectory(atPath: notes.site.path)
            .filter { $0.hasSuffix(".html") && !["index.html", "404.html", "print.html"].contains($0) }.sorted()
        #expect(pages.count >= 9)
        try expectPrintable(notes.site, notePages: pages)
    }

    /// Probes the print page by the print rules and the note pages as they are, and compares.
    func expectPrintable(_ site: URL, notePages: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let results = try PrintProbe.load(site, pages: ["print.html"] + notePages, width: Self.pageWidth)
        #expect(results.count == notePages.count + 1, "every page was probed", sourceLocation: sourceLocation)
        guard let print = results.first(where: { $0.page == "print.html" }) else { return }
        #expect(print.error == nil, "\(print.error ?? "")", sourceLocation: sourceLocation)
        #expect(print.scrollWidth <= print.viewport, "\(print.wide)", sourceLocation: sourceLocation)
        #expect(print.wide.isEmpty, "sticks out of the page: \(print.wide)", sourceLocation: sourceLocation)
        #expect(print.clipped.isEmpty, "cut off on paper: \(print.clipped)", sourceLocation: sourceLocation)
        let others = results.filter { $0.page != "print.html" }
        for result in others { #expect(result.error == nil, "\(result.page): \(result.error ?? "")", sourceLocation: sourceLocation) }
        let formulas = others.reduce(0) { $0 + $1.formulas }, charts = others.reduce(0) { $0 + $1.charts }
        #expect(formulas > 0 && print.formulas == formulas, "formulas: \(print.formulas) of \(formulas)", sourceLocation: sourceLocation)
        #expect(charts > 0 && print.charts == charts, "charts: \(print.charts) of \(charts)", sourceLocation: sourceLocation)
    }
}

/// The pages of a PDF file, counted from its page objects (`/Type /Page`, not `/Pages`).
enum PDFPages {
    static func count(_ data: Data) -> Int {
        let text = String(decoding: data, as: UTF8.self)
        return text.matches(of: try! Regex(#"/Type\s*/Page(?![A-Za-z])"#)).count
    }
}

/// Loads pages in iframes of one width, all in one browser run. The print page is laid out by its print
/// rules (each `@media print` rule made to apply on screen too); for each page it reports what sticks out of
/// the page, which scrolling boxes (formulas, code, tables, outputs) cut their content off, and how many
/// formulas and SVG charts its `<main>` holds.
struct PrintProbe {
    var page = ""
    var viewport = 0
    var scrollWidth = 0
    var wide: [String] = []
    var clipped: [String] = []
    var formulas = 0
    var charts = 0
    var error: String?

    static let script = """
    <script>
    \(BrowserProbe.wideElements)
    function probe(doc, win, print) {
      if (print) {
        for (const sheet of doc.styleSheets) {
          let rules; try { rules = sheet.cssRules; } catch (e) { continue; }
          for (const rule of rules) if (rule.media && rule.media.mediaText === 'print') rule.media.appendMedium('screen');
        }
      }
      const width = doc.documentElement.clientWidth, wide = wideElements(doc, win), clipped = [];
      for (const e of doc.querySelectorAll('main pre, main .math-block, main .katex-display, main .table-wrap, main .outputs, main .display')) {
        if (e.getBoundingClientRect().width > 0 && e.scrollWidth > e.clientWidth + 1)
          clipped.push(e.className + ':' + e.scrollWidth + '>' + e.clientWidth + ':' + (e.textContent || '').slice(0, 30));
      }
      const main = doc.querySelector('main');
      return { viewport: width, scroll: doc.documentElement.scrollWidth, wide: wide.slice(0, 5), clipped: clipped.slice(0, 10),
               formulas: main.querySelectorAll('.katex').length, charts: main.querySelectorAll('.display > svg').length };
    }
    window.addEventListener('load', () => {
      const results = [...document.querySelectorAll('iframe')].map(frame => {
        let result;
        try { result = probe(frame.contentDocument, frame.contentWindow, frame.dataset.print === '1'); } catch (e) { result = { error: String(e) }; }
        result.page = frame.dataset.page;
        return result;
      });
      document.body.setAttribute('data-probe', JSON.stringify(results));
    });
    </script>
    """

    static func load(_ site: URL, pages: [String], width: Int) throws -> [PrintProbe] {
        let wrapper = site.appendingPathComponent("__print-probe.html")
        var html = "<!DOCTYPE html><html><head>\(script)</head><body style=\"margin:0\">"
        for page in pages {
            html += "<iframe data-page=\"\(HTML.escape(page))\" data-print=\"\(page == "print.html" ? 1 : 0)\" src=\"\(HTML.escape(Href.path(page)))\""
                + " style=\"width:\(width)px;height:900px;border:0\"></iframe>"
        }
        html += "</body></html>"
        try html.write(to: wrapper, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: wrapper) }
        let result = try ProcessRunner(timeout: 120).run(BrowserProbe.chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--window-size=1400,1000",
            "--virtual-time-budget=5000", "--dump-dom", wrapper.absoluteString,
        ])
        let dom = String(decoding: result.standardOutput, as: UTF8.self)
        guard let start = dom.range(of: "data-probe=\""), let end = dom[start.upperBound...].firstIndex(of: "\"") else {
            return [PrintProbe(page: "print.html", error: "the probe did not run")]
        }
        let json = dom[start.upperBound..<end].replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let entries = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
        return entries.map { fields in
            PrintProbe(page: fields["page"] as? String ?? "", viewport: fields["viewport"] as? Int ?? 0,
                       scrollWidth: fields["scroll"] as? Int ?? Int.max, wide: fields["wide"] as? [String] ?? [],
                       clipped: fields["clipped"] as? [String] ?? [], formulas: fields["formulas"] as? Int ?? 0,
                       charts: fields["charts"] as? Int ?? 0, error: fields["error"] as? String)
        }
    }
}
