import Foundation
import Testing
@testable import WeaveServe

struct SitePathTests {
    @Test func keysOfOrdinaryPaths() {
        #expect(SitePath.key("/") == "index.html")
        #expect(SitePath.key("/a.html") == "a.html")
        #expect(SitePath.key("/sub/") == "sub/index.html")
        #expect(SitePath.key("//assets/./weave.css") == "assets/weave.css")
        #expect(SitePath.key("/%E7%AC%AC%E4%B8%80.html") == "第一.html")
    }

    @Test func climbingOutIsRefusedHoweverItIsSpelled() {
        for path in ["/../etc/passwd", "/a/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2E/etc/passwd",
                     "/..%2fetc%2fpasswd", "/assets/..", "/a.html%00", "/..\\etc", "/%zz"] {
            #expect(SitePath.key(path) == nil, "\(path)")
        }
    }

    @Test func filesResolveInsideTheSiteOnly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-sitepath-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("in".utf8).write(to: site.appendingPathComponent("a.html"))
        try Data("sub".utf8).write(to: site.appendingPathComponent("sub/index.html"))
        try Data("secret".utf8).write(to: root.appendingPathComponent("secret.txt"))
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("out.txt").path, withDestinationPath: "../secret.txt")
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("up").path, withDestinationPath: root.path)
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("alias.html").path, withDestinationPath: "a.html")

        #expect(SitePath.file("a.html", in: site)?.lastPathComponent == "a.html")
        #expect(SitePath.file("sub", in: site)?.path.hasSuffix("sub/index.html") == true)
        #expect(SitePath.file("alias.html", in: site)?.lastPathComponent == "a.html", "a link that stays inside is fine")
        #expect(SitePath.file("out.txt", in: site) == nil)
        #expect(SitePath.file("up/secret.txt", in: site) == nil)
        #expect(SitePath.file("missing.html", in: site) == nil)
        #expect(SitePath.file("", in: site) == nil, "the site folder itself has no index here")
    }
}
