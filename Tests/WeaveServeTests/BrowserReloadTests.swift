import Foundation
import Testing

/// The reload script in a real browser (headless Chromium, installed by .ci/run): an open page reloads
/// when its note is saved, and a build error shows over the page.
@Suite(.serialized, .enabled(if: Chromium.path != nil, "chromium is not installed"))
struct BrowserReloadTests {
    @Test func anOpenPageReloadsOnSaveAndShowsBuildErrors() throws {
        let serve = try ServeProcess(notes: [
            "a.md": "---\ntitle: Alpha\n---\n\nalpha\n",
            "b.md": "---\ntitle: Bravo\n---\n\nbravo\n",
        ])
        defer { serve.cleanUp() }
        try serve.start()

        // The browser's open tabs and their titles, read over the DevTools HTTP endpoint.
        let browser = try Chromium(open: "http://127.0.0.1:\(serve.port)/a.html", profile: serve.folder.appendingPathComponent("chromium"))
        defer { browser.quit() }
        #expect(serve.waitUntil(timeout: 30) { try browser.titles().contains("Alpha · notes") } != nil,
                "\((try? browser.titles()) ?? [])")

        try serve.write("a.md", "---\ntitle: Alpha Reloaded\n---\n\nalpha\n")
        let reloaded = serve.waitUntil(timeout: 10) { try browser.titles().contains("Alpha Reloaded · notes") }
        let seconds = try #require(reloaded, "\((try? browser.titles()) ?? [])\n\(serve.log)")
        print(String(format: "save → reloaded in the browser: %.3f s", seconds))

        // A note with broken front matter: the overlay names file and line over the last good page.
        try serve.write("b.md", "---\ntitle: [Bravo\n---\n\nbravo two\n")
        #expect(serve.waitUntil { try !serve.status("b.html").errors.isEmpty } != nil)
        let dom = try Chromium.dumpDOM("http://127.0.0.1:\(serve.port)/b.html")
        #expect(dom.contains("<pre id=\"weave-errors\""))
        #expect(dom.range(of: #"notes/b\.md:\d+: error: front matter is not valid YAML"#, options: .regularExpression) != nil)
        #expect(dom.contains("bravo") && !dom.contains("bravo two"))
    }
}

/// Headless Chromium with its DevTools endpoint on a free port.
final class Chromium {
    static var path: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions"]

    let process = Process()
    let profile: URL

    init(open url: String, profile: URL) throws {
        self.profile = profile
        process.executableURL = URL(fileURLWithPath: Self.path!)
        process.arguments = Self.flags + ["--user-data-dir=\(profile.path)", "--remote-debugging-port=0", url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// The titles of the open pages.
    func titles() throws -> [String] {
        let active = try String(contentsOf: profile.appendingPathComponent("DevToolsActivePort"), encoding: .utf8)
        guard let port = active.split(separator: "\n").first.flatMap({ UInt16($0) }) else { return [] }
        let list = try HTTPGet.get(port: port, "/json/list").body
        let targets = try JSONSerialization.jsonObject(with: list) as? [[String: Any]] ?? []
        return targets.filter { $0["type"] as? String == "page" }.compactMap { $0["title"] as? String }
    }

    /// Ends the browser and every process it started (Foundation gives it a process group of its own).
    func quit() {
        guard process.isRunning else { return }
        let group = process.processIdentifier
        kill(-group, SIGTERM)
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        kill(-group, SIGKILL)
        process.waitUntilExit()
    }

    /// The DOM of `url` after its scripts ran at load.
    static func dumpDOM(_ url: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = flags + ["--dump-dom", url]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
