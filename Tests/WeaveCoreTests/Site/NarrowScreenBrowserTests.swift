import Foundation
import Testing
@testable import WeaveCore

/// Pages at a phone's width (390 px) and a laptop's (1280 px), light and dark, in headless Chromium:
/// nothing is wider than the viewport (wide formulas, tables, code and images scroll in their own box)
/// and every text an author coloured reaches a contrast of 4.5 against the page.
@Suite(.serialized, .enabled(if: BrowserProbe.chromium != nil, "chromium is not installed"))
struct NarrowScreenBrowserTests {
    /// A note with every construct that used to widen a page, and coloured text.
    static let wideNote: String = {
        let wide = (0..<30).map { "\\frac{\\partial E_{\($0)}}{\\partial w_{\($0)}}" }.joined(separator: " + ")
        return """
        # 宽的内容

        一行文字，紧接着公式
        $$
        \(wide)
        $$
        后面的文字。

        https://example.com/\(String(repeating: "a", count: 300))

        | 列 | 另一列 |
        |---|---|
        | \(String(repeating: "长", count: 200)) | \(String(repeating: "x", count: 300)) |

        <div style="width: 800px">固定宽度的块</div>

        ```python
        print("\(String(repeating: "y", count: 400))")
        ```

        <font color="yellow">黄色的字</font>，<span style="color: navy">深蓝的字</span>，$\\textcolor{blue}{x}$，<font color=#00ff00>绿</font>。
        """
    }()

    /// The repository's course and, where this checkout sits beside the project's shared folder, the seeds.
    static var courses: [URL] {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let seeds = repository.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        return [repository.appendingPathComponent("notes")] + (FileManager.default.fileExists(atPath: seeds.path) ? [seeds] : [])
    }

    @Test func noPageIsWiderThanThePhoneAndColouredTextIsReadableInBothThemes() throws {
        let notes = try TemporaryNotes(["wide.md": Self.wideNote])
        defer { notes.cleanUp() }
        _ = try notes.build()
        var sites = [notes.site]
        for course in Self.courses {
            let site = notes.root.appendingPathComponent("site-\(course.lastPathComponent)")
            var runner = CourseRunner(paths: [course.path], jobs: 2, useCache: false)
            runner.log = { _ in }
            runner.liveProgress = false
            _ = try runner.build(output: site.path, strict: false)
            sites.append(site)
        }
        var pages = 0
        for site in sites {
            let names = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }.sorted()
            for dark in [false, true] {
                let results = try ViewportProbe.load(names.map { site.appendingPathComponent($0) }, widths: [390, 1280], dark: dark)
                #expect(results.count == names.count * 2, "\(site.lastPathComponent): every page was probed")
                for result in results {
                    let place = "\(result.page) at \(result.width) px\(dark ? ", dark" : "")"
                    #expect(result.error == nil, "\(place): \(result.error ?? "")")
                    #expect(result.scrollWidth <= result.viewport, "\(place): \(result.wide)")
                    #expect(result.lowContrast.isEmpty, "\(place): \(result.lowContrast)")
                    if result.page == "wide.html" { #expect(result.coloured >= 4) }
                }
            }
            pages += names.count
        }
        #expect(pages >= 12)
    }
}

/// Loads pages in iframes of given widths (Chromium's headless window cannot be made that narrow), all in
/// one browser run, and reports for each its width, what sticks out, and coloured text below a 4.5 contrast.
struct ViewportProbe {
    var page = ""
    var width = 0
    var viewport = 0
    var scrollWidth = 0
    var wide: [String] = []
    var coloured = 0
    var lowContrast: [String] = []
    var error: String?

    static let script = """
    <script>
    \(BrowserProbe.wideElements)
    function luminance(c) {
      const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => { v = v / 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }
    function probe(doc, win) {
      const width = doc.documentElement.clientWidth, wide = wideElements(doc, win), low = [];
      const background = luminance(win.getComputedStyle(doc.body).backgroundColor);
      const coloured = [...doc.querySelectorAll('[style*="color"]')].filter(e => /(^|;)\\s*color\\s*:/.test(e.getAttribute('style')));
      for (const e of coloured) {
        const l = luminance(win.getComputedStyle(e).color);
        const ratio = (Math.max(l, background) + 0.05) / (Math.min(l, background) + 0.05);
        if (ratio < 4.5) low.push((e.textContent || '').slice(0, 20) + ':' + ratio.toFixed(2));
      }
      return { viewport: width, scroll: doc.documentElement.scrollWidth, wide: wide.slice(0, 5), coloured: coloured.length, low: low };
    }
    window.addEventListener('load', () => {
      const results = [...document.querySelectorAll('iframe')].map(frame => {
        let result;
        try { result = probe(frame.contentDocument, frame.contentWindow); } catch (e) { result = { error: String(e) }; }
        result.page = frame.dataset.page;
        result.width = Number(frame.dataset.width);
        return result;
      });
      document.body.setAttribute('data-probe', JSON.stringify(results));
    });
    </script>
    """

    static func load(_ pages: [URL], widths: [Int], dark: Bool) throws -> [ViewportProbe] {
        guard let folder = pages.first?.deletingLastPathComponent() else { return [] }
        let wrapper = folder.appendingPathComponent("__viewport-probe.html")
        var html = "<!DOCTYPE html><html><head>\(script)</head><body style=\"margin:0\">"
        for page in pages {
            for width in widths {
                let name = page.lastPathComponent
                html += "<iframe data-page=\"\(HTML.escape(name))\" data-width=\"\(width)\" src=\"\(HTML.escape(Href.path(name)))\""
                    + " style=\"width:\(width)px;height:900px;border:0\"></iframe>"
            }
        }
        html += "</body></html>"
        try html.write(to: wrapper, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: wrapper) }
        let result = try ProcessRunner(timeout: 120).run(BrowserProbe.chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--window-size=1400,1000",
            "--virtual-time-budget=5000", "--dump-dom",
        ] + (dark ? ["--force-dark-mode"] : []) + [wrapper.absoluteString])
        let dom = String(decoding: result.standardOutput, as: UTF8.self)
        guard let start = dom.range(of: "data-probe=\""), let end = dom[start.upperBound...].firstIndex(of: "\"") else {
            return [ViewportProbe(error: "the probe did not run")]
        }
        let json = dom[start.upperBound..<end].replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let entries = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
        return entries.map { fields in
            ViewportProbe(page: fields["page"] as? String ?? "", width: fields["width"] as? Int ?? 0,
                          viewport: fields["viewport"] as? Int ?? 0, scrollWidth: fields["scroll"] as? Int ?? Int.max,
                          wide: fields["wide"] as? [String] ?? [], coloured: fields["coloured"] as? Int ?? 0,
                          lowContrast: fields["low"] as? [String] ?? [], error: fields["error"] as? String)
        }
    }
}
