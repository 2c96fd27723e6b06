import Foundation
import Testing
@testable import WeaveCore

/// What a built site may contain: only files that really lie inside the notes folder, links that cannot
/// run code or leave the folder, and working links whatever the file names.
@Suite(.serialized) struct PublishedFilesTests {
    static let secret = "TOP SECRET"

    /// A notes folder with links to files outside it, odd file names, a FIFO and a link to nothing.
    func notesFolder() throws -> TemporaryNotes {
        let notes = try TemporaryNotes([
            "a.md": "# A\n\n![[secret.png]]\n\n[up](../../secret.txt)\n\n[[Odd]] and [[Colon]]\n\n![pic](<pic #1?.png>) ![[100%.png]] ![nl](new%0Aline.png)\n",
            "folder.md/c.md": "# C\n",
            "new\nline.md": "---\ntitle: Odd\n---\n# Odd\n",
            "javascript:alert(1).md": "---\ntitle: Colon\n---\nBack to [[a]].\n",
            "pic #1?.png": "p1", "100%.png": "p2", "new\nline.png": "p3",
        ])
        let fm = FileManager.default
        try fm.createDirectory(at: notes.root.appendingPathComponent("outside"), withIntermediateDirectories: true)
        try Data("\(Self.secret) PNG".utf8).write(to: notes.root.appendingPathComponent("outside/secret.png"))
        try Data("# Leak\n\n\(Self.secret) NOTE\n".utf8).write(to: notes.root.appendingPathComponent("outside/secret.md"))
        try Data("\(Self.secret) TEXT".utf8).write(to: notes.root.appendingPathComponent("secret.txt"))
        try fm.createDirectory(atPath: "\(notes.notes)/sub", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: "\(notes.notes)/sub/secret.png", withDestinationPath: "../../outside/secret.png")
        try fm.createSymbolicLink(atPath: "\(notes.notes)/leak.md", withDestinationPath: "../outside/secret.md")
        try fm.createSymbolicLink(atPath: "\(notes.notes)/dangling.md", withDestinationPath: "nowhere.md")
        #expect(mkfifo("\(notes.notes)/pipe.md", 0o644) == 0)
        return notes
    }

    /// Every file of the site, relative path → bytes.
    func siteFiles(_ site: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for case let path as String in try #require(FileManager.default.enumerator(atPath: site.path)) {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
                out[path] = try Data(contentsOf: site.appendingPathComponent(path))
            }
        }
        return out
    }

    @Test func nothingFromOutsideTheNotesFolderReachesTheSiteAndEachRefusalIsAWarning() throws {
        let notes = try notesFolder()
        defer { notes.cleanUp() }
        let report = try notes.build()
        #expect(report.succeeded)
        let files = try siteFiles(notes.site)
        #expect(!files.values.contains { String(decoding: $0, as: UTF8.self).contains(Self.secret) })
        #expect(files["leak.html"] == nil && files["files/sub/secret.png"] == nil && files["files/secret.png"] == nil)
        #expect(files["folder.md/c.html"] != nil, "a folder named folder.md is a folder")
        let warnings = report.warnings.map(\.description)
        #expect(warnings.contains("\(notes.notes)/a.md:3: warning: refused image secret.png: it points outside the notes folder"))
        #expect(warnings.contains("\(notes.notes)/a.md:5: warning: refused link ../../secret.txt: it points outside the notes folder"))
        #expect(warnings.contains { $0.hasPrefix("\(notes.notes)/leak.md: warning: skipped: it is a symbolic link to ") && $0.contains("outside the notes folder") })
        #expect(warnings.contains("\(notes.notes)/pipe.md: warning: skipped: it is not a regular file"))
        #expect(warnings.contains("\(notes.notes)/dangling.md: warning: skipped: it is a symbolic link to a file that does not exist"))
        #expect(!warnings.contains { $0.contains("Domain=") || $0.contains("NSError") })
    }

    /// Every link and image a page's sidebar and article hold leads to a file of the site, read as a
    /// browser reads it (percent-decoded, relative to the page), whatever characters the file names hold;
    /// none has a scheme that runs code.
    @Test func oddFileNamesGetWorkingLinksAndNoneRunsCode() throws {
        let notes = try notesFolder()
        defer { notes.cleanUp() }
        _ = try notes.build()
        let files = try siteFiles(notes.site)
        #expect(files["new\nline.html"] != nil && files["javascript:alert(1).html"] != nil)
        #expect(files["files/pic #1?.png"] == Data("p1".utf8) && files["files/100%.png"] != nil && files["files/new\nline.png"] != nil)
        let a = String(decoding: try #require(files["a.html"]), as: UTF8.self)
        #expect(a.contains("<a href=\"new%0Aline.html\">Odd</a> and <a href=\"javascript%3Aalert(1).html\">Colon</a>"))
        #expect(a.contains("src=\"files/pic%20%231%3F.png\"") && a.contains("src=\"files/100%25.png\"") && a.contains("src=\"files/new%0Aline.png\""))
        let attribute = try Regex(#"(?:href|src)="([^"]*)""#)
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            // The whole body: sidebar, article, pager and the index's list of notes.
            guard let start = html.range(of: "<body"), let end = html.range(of: "</body>") else { continue }
            for match in html[start.lowerBound..<end.lowerBound].matches(of: attribute) {
                let url = unescape(String(match.output[1].substring!))
                #expect(Href.scheme(url) == nil || ["http", "https"].contains(Href.scheme(url)!), "\(path): \(url)")
                guard Href.scheme(url) == nil, !url.hasPrefix("#") else { continue }
                let local = String(url.prefix { $0 != "#" }).removingPercentEncoding!
                let target = URL(fileURLWithPath: path, relativeTo: notes.site).deletingLastPathComponent()
                    .appendingPathComponent(local).standardizedFileURL.path
                #expect(files[String(target.dropFirst(notes.site.path.count + 1))] != nil, "\(path): \(url)")
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    func unescape(_ html: String) -> String {
        html.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
