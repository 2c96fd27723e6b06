import Foundation
import Testing

/// `weave serve` as an author uses it: the built binary on a free port, notes edited while it runs.
@Suite(.serialized) struct ServeEndToEndTests {
    static let notes = [
        "a.md": """
        ---
        title: Alpha
        order: 1
        ---

        # Alpha

        alpha one

        ```swift-nn
        print("pid", ProcessInfo.processInfo.processIdentifier)
        ```
        """,
        "b.md": "---\ntitle: Bravo\norder: 2\n---\n\nbravo text\n",
        "c.md": "---\ntitle: Charlie\norder: 3\n---\n\ncharlie text\n",
    ]

    /// The pid the note program of `a.md` printed: it changes exactly when the cell runs again.
    private func cellPID(_ html: String?) -> String? {
        guard let html, let range = html.range(of: #"pid \d+"#, options: .regularExpression) else { return nil }
        return String(html[range])
    }

    @Test func servesRebuildsReloadsAndStopsCleanly() throws {
        let serve = try ServeProcess(notes: Self.notes)
        defer { serve.cleanUp() }
        try serve.start()

        // Pages, with the reload script added on the way out but never on disk.
        let index = try serve.get("/")
        #expect(index.status == 200)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        #expect(index.text.contains("a.html") && index.text.contains("data-weave-serve"))
        let onDisk = try String(contentsOf: serve.site.appendingPathComponent("a.html"), encoding: .utf8)
        #expect(!onDisk.contains("<script"))
        let firstPID = try #require(cellPID(serve.page("/a.html")), "\(serve.log)")
        #expect(try serve.get("/assets/weave.css").headers["content-type"] == "text/css; charset=utf-8")
        #expect(try serve.get("/assets/katex/fonts/KaTeX_Main-Regular.woff2").headers["content-type"] == "font/woff2")
        #expect(try serve.get("/nowhere.html").status == 404)

        // Served on loopback only: the listening socket's address is 127.0.0.1.
        let portSuffix = String(format: ":%04X", serve.port)
        let table = try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)
        var listening: [String] = []
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            if fields.count > 3 && fields[3] == "0A" && fields[1].hasSuffix(portSuffix) { listening.append(fields[1]) }
        }
        #expect(listening == ["0100007F" + portSuffix])

        // Nothing outside the site: `..` plain or escaped, and symbolic links pointing out.
        for path in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/assets/../../../etc/passwd",
                     "/%2E%2E/%2E%2E/%2E%2E/etc/passwd", "/a.html%00.css"] {
            let response = try serve.get(path)
            #expect(response.status == 404, "\(path)")
            #expect(!response.text.contains("root:"), "\(path)")
        }
        try FileManager.default.createSymbolicLink(atPath: serve.site.appendingPathComponent("leak.html").path,
                                                   withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: serve.site.appendingPathComponent("root").path,
                                                   withDestinationPath: "/")
        #expect(try serve.get("/leak.html").status == 404)
        #expect(try serve.get("/root/etc/passwd").status == 404)

        // A prose edit is served within a fraction of a second, without running the cell again.
        try serve.write("a.md", Self.notes["a.md"]!.replacingOccurrences(of: "alpha one", with: "alpha two"))
        let prose = serve.waitUntil(timeout: 10) { serve.page("/a.html")?.contains("alpha two") == true }
        let latency = try #require(prose, "the edit was not served\n\(serve.log)")
        print(String(format: "save → served (prose edit): %.3f s", latency))
        #expect(latency < 2)
        #expect(cellPID(serve.page("/a.html")) == firstPID)

        // A cell edit runs that note's cells again.
        let edited = Self.notes["a.md"]!.replacingOccurrences(of: "alpha one", with: "alpha two")
            .replacingOccurrences(of: "print(\"pid\"", with: "print(\"cell two\")\nprint(\"pid\"")
        try serve.write("a.md", edited)
        #expect(serve.waitUntil { serve.page("/a.html")?.contains("cell two") == true } != nil, "\(serve.log)")
        #expect(cellPID(serve.page("/a.html")) != firstPID)

        // Many rapid saves make few builds, one at a time, and the last save wins.
        let before = try serve.status("a.html").build
        for k in 0..<30 {
            try serve.write("a.md", edited.replacingOccurrences(of: "alpha two", with: "alpha rapid \(k)"))
            usleep(5_000)
        }
        #expect(serve.waitUntil { serve.page("/a.html")?.contains("alpha rapid 29") == true } != nil)
        usleep(300_000)
        let builds = try serve.status("a.html").build - before
        #expect(builds >= 1 && builds <= 4, "30 saves made \(builds) builds")

        // Broken front matter: the error with file:line in the status, the last good page still served.
        try serve.write("b.md", "---\ntitle: [Bravo\norder: 2\n---\n\nbravo broken\n")
        #expect(serve.waitUntil { try serve.status("b.html").errors.contains { $0.contains("b.md:") } } != nil)
        let errors = try serve.status("b.html").errors
        #expect(errors.contains { $0.range(of: #"notes/b\.md:\d+: error: front matter is not valid YAML"#, options: .regularExpression) != nil },
                "\(errors)")
        #expect(serve.page("/b.html")?.contains("bravo text") == true)
        try serve.write("b.md", Self.notes["b.md"]!)
        #expect(serve.waitUntil { try serve.status("b.html").errors.isEmpty } != nil)

        // Deleting and renaming notes while serving.
        try FileManager.default.removeItem(at: serve.notesFolder.appendingPathComponent("c.md"))
        #expect(serve.waitUntil { try serve.get("/c.html").status == 404 } != nil)
        try FileManager.default.moveItem(at: serve.notesFolder.appendingPathComponent("b.md"),
                                         to: serve.notesFolder.appendingPathComponent("d.md"))
        #expect(serve.waitUntil { serve.page("/d.html")?.contains("bravo text") == true } != nil)
        #expect(try serve.get("/b.html").status == 404)
        #expect(try serve.status("index.html").errors.isEmpty)

        // Ctrl-C while a note's program runs: exit status 0, and no process of the build left behind.
        try serve.write("slow.md", "# Slow\n\n```swift-nn\nThread.sleep(forTimeInterval: 60)\n```\n")
        var seen = Set<pid_t>()
        let running = serve.waitUntil(timeout: 60) {
            seen.formUnion(serve.descendants)
            return seen.contains { processName($0) == "note" }
        }
        #expect(running != nil, "the slow note never ran\n\(serve.log)")
        seen.formUnion(serve.descendants)
        #expect(serve.stop(SIGINT) == 0, "\(serve.log)")
        usleep(100_000)
        let left = seen.filter { processName($0) != nil }
        #expect(left.isEmpty, "left running: \(left.map { "\($0) \(processName($0) ?? "")" })")
    }

    @Test func servesThePrintPageAndKeepsItCurrent() throws {
        let serve = try ServeProcess(notes: ["x.md": "# X\n\n$$\nx \\label{eq:x}\n$$\n\ntext one, see \\eqref{eq:x}\n", "y.md": "# Y\n\nback to [[x#eq:x]]\n"])
        defer { serve.cleanUp() }
        try serve.start()
        let print = try serve.get("/print.html")
        #expect(print.status == 200 && print.headers["content-type"] == "text/html; charset=utf-8")
        #expect(print.text.contains("<section class=\"print-note\" id=\"x\">") && print.text.contains("<section class=\"print-note\" id=\"y\">"))
        #expect(print.text.contains("back to <a class=\"ref\" href=\"#x--eq-x\">X › 式 (1)</a>"))
        try serve.write("x.md", "# X\n\n$$\nx \\label{eq:x}\n$$\n\ntext two, see \\eqref{eq:x}\n")
        #expect(serve.waitUntil { serve.page("/print.html")?.contains("text two") == true } != nil, "\(serve.log)")
        #expect(serve.stop(SIGTERM) == 0)
    }

    @Test func sigtermEndsTheServerToo() throws {
        let serve = try ServeProcess(notes: ["x.md": "# X\n\ntext\n"])
        defer { serve.cleanUp() }
        try serve.start()
        #expect(try serve.get("/x.html").status == 200)
        #expect(serve.stop(SIGTERM) == 0)
    }
}
