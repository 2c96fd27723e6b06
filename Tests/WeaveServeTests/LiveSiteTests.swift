import Foundation
import Testing
@testable import WeaveServe

struct LiveSiteTests {
    @Test func laterBuildsWriteOnlyWhatChangedAndBumpOnlyThoseVersions() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-livesite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = LiveSite(root: root.appendingPathComponent("build"))
        let first = ["index.html": Data("i1".utf8), "a.html": Data("a1".utf8), "b.html": Data("b1".utf8),
                     "assets/weave.css": Data("css".utf8)]
        #expect(try site.publish(first, errors: []) == ["a.html", "assets/weave.css", "b.html", "index.html"])
        let css = site.root.appendingPathComponent("assets/weave.css").path
        let inode = try FileManager.default.attributesOfItem(atPath: css)[.systemFileNumber] as? Int

        var second = first
        second["a.html"] = Data("a2".utf8)
        second["b.html"] = nil
        #expect(try site.publish(second, errors: ["notes/x.md:1: error: e"]) == ["a.html"])
        #expect(try String(contentsOf: site.root.appendingPathComponent("a.html"), encoding: .utf8) == "a2")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("b.html").path))
        #expect(try FileManager.default.attributesOfItem(atPath: css)[.systemFileNumber] as? Int == inode, "untouched")
        #expect(site.status(of: "a.html") == .init(build: 2, version: 2, errors: ["notes/x.md:1: error: e"]))
        #expect(site.status(of: "index.html").version == 1)
        #expect(site.status(of: "b.html").version == 0)

        var third = second
        third["assets/weave.css"] = Data("css2".utf8)
        #expect(try site.publish(third, errors: []) == ["assets/weave.css"])
        #expect(site.status(of: "index.html").version == 3, "a changed asset reloads every page")
        #expect(site.status(of: "a.html").version == 3)

        site.fail(errors: ["weave: error: boom"])
        #expect(site.read("a.html")?.data == Data("a2".utf8), "a failed build keeps the site")
        #expect(site.read("a.html")?.status == .init(build: 4, version: 3, errors: ["weave: error: boom"]))

        site.shutDown()
        #expect(try site.publish(first, errors: []) == [], "nothing is written after shutdown")
        #expect(site.read("b.html") == nil)
    }

    @Test func aChangedSearchIndexReloadsTheSearchPageAlone() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-livesite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = LiveSite(root: root.appendingPathComponent("build"))
        var files = ["a.html": Data("a".utf8), "search.html": Data("s".utf8), "assets/search-index.js": Data("1".utf8)]
        try site.publish(files, errors: [])
        files["assets/search-index.js"] = Data("2".utf8)
        #expect(try site.publish(files, errors: []) == ["assets/search-index.js"])
        #expect(site.status(of: "search.html").version == 2)
        #expect(site.status(of: "a.html").version == 1, "an edit that changes the index does not reload every page")
    }
}
