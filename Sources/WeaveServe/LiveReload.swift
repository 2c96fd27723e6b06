import Foundation

/// The script `weave serve` adds to every HTML page it sends (never to the files on disk).
///
/// It carries the page's version and the latest build's errors as they were when the page was read.
/// It shows those errors at once in an overlay (each `file:line: error: …`), then asks
/// `/__weave/status` whether anything has changed, by long polling: the server answers when a build
/// finishes (or after a while, to keep the connection fresh). When the page's version differs from the
/// one it was served with, the page reloads; otherwise the overlay follows the new errors.
enum LiveReload {
    static let statusPath = "/__weave/status"

    /// `html` with the script inserted before `</body>` (or at the end).
    static func inject(into html: Data, page: String, status: LiveSite.Status) -> Data {
        let tag = Data(script(page: page, status: status).utf8)
        guard let end = html.range(of: Data("</body>".utf8), options: .backwards) else { return html + tag }
        var out = html
        out.replaceSubrange(end.lowerBound..<end.lowerBound, with: tag)
        return out
    }

    static func script(page: String, status: LiveSite.Status) -> String {
        /// JSON is a JavaScript literal; `</` is escaped so no value can end the script element.
        func literal<T: Encodable>(_ value: T) -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .withoutEscapingSlashes
            return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
                .replacingOccurrences(of: "</", with: "<\\/")
        }
        return """
        <script data-weave-serve>
        (function () {
          var page = \(literal(page)), version = \(status.version), since = \(status.build), box = null;
          function show(errors) {
            if (!errors.length) { if (box) { box.remove(); box = null; } return; }
            if (!box) {
              box = document.createElement("pre");
              box.id = "weave-errors";
              box.setAttribute("role", "alert");
              box.title = "click to hide";
              box.style.cssText = "position:fixed;left:0;right:0;top:0;z-index:2147483647;margin:0;max-height:60vh;overflow:auto;" +
                "padding:1em 1.25em;background:#2d0f12;color:#ffd8d8;border-bottom:3px solid #e5484d;" +
                "font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap";
              box.onclick = function () { box.style.display = "none"; };
              document.body.appendChild(box);
            }
            var text = "weave: the build has " + errors.length + " error" + (errors.length > 1 ? "s" : "") + "\\n\\n" + errors.join("\\n");
            if (box.textContent !== text) { box.textContent = text; box.style.display = ""; }
          }
          function poll() {
            fetch("\(statusPath)?page=" + encodeURIComponent(page) + "&since=" + since, { cache: "no-store" })
              .then(function (r) { return r.json(); })
              .then(function (s) {
                if (s.version !== version) { location.reload(); return; }
                since = s.build;
                show(s.errors);
                poll();
              })
              .catch(function () { setTimeout(poll, 1000); });
          }
          show(\(literal(status.errors)));
          poll();
        })();
        </script>

        """
    }
}
