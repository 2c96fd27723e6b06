import Foundation
import Testing
@testable import WeaveServe

struct LiveReloadTests {
    @Test func theScriptGoesBeforeTheClosingBodyTag() {
        let html = Data("<html><body><p>x</p></body></html>\n".utf8)
        let out = String(decoding: LiveReload.inject(into: html, page: "a.html",
                                                     status: .init(build: 3, version: 2, errors: [])), as: UTF8.self)
        #expect(out.hasPrefix("<html><body><p>x</p><script data-weave-serve>"))
        #expect(out.hasSuffix("</script>\n</body></html>\n"))
        #expect(out.contains(#"var page = "a.html", version = 2, since = 3"#))
    }

    @Test func errorTextCannotEndTheScript() {
        let status = LiveSite.Status(build: 1, version: 1, errors: ["notes/x.md:2: error: </script><script>alert(1)</script>"])
        let script = LiveReload.script(page: "x.html", status: status)
        #expect(script.components(separatedBy: "</script>").count == 2, "only the script's own closing tag")
        #expect(script.contains(#"notes/x.md:2: error: <\/script>"#))
    }

    @Test func contentTypes() {
        #expect(ContentType.of("a.html") == "text/html; charset=utf-8")
        #expect(ContentType.of("assets/weave.css") == "text/css; charset=utf-8")
        #expect(ContentType.of("x.js") == "text/javascript; charset=utf-8")
        #expect(ContentType.of("files/plot.SVG") == "image/svg+xml")
        #expect(ContentType.of("files/a.png") == "image/png")
        #expect(ContentType.of("files/a.jpg") == "image/jpeg")
        #expect(ContentType.of("assets/katex/fonts/KaTeX_Main-Regular.woff2") == "font/woff2")
        #expect(ContentType.of("f.woff") == "font/woff")
        #expect(ContentType.of("f.ttf") == "font/ttf")
        #expect(ContentType.of("s.json") == "application/json")
        #expect(ContentType.of("v1.0/README") == "application/octet-stream")
    }
}
