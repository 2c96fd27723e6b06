import Foundation
import Testing
@testable import WeaveCore

/// What a published site carries for hosts, search engines and link previews: sitemap and canonical links
/// (with a base URL), a 404 page, an icon, descriptions and OpenGraph tags, "edit this page" links; and
/// links between its own files that stay relative, so it works from any folder and from file://.
@Suite(.serialized) struct SitePublishingTests {
    static let course = [
        "index.md": "# 课程\n\n欢迎来到 **这门课**。\n",
        "01-first.md": "---\ntitle: 第一课\ndescription: 写在 front matter 里的 \"描述\"\n---\n# 第一课\n\n正文。\n",
        "sub/中文 页.md": "# 子页\n\n第一段有 *强调*、[链接](https://example.org) 和公式 $x^2$，\n跨两行。\n\n第二段。\n",
        "long.md": "# Long\n\n" + Array(repeating: "word", count: 60).joined(separator: " ") + "\n",
        "empty.md": "# Only a heading\n\n```swift\nlet x = 1\n```\n",
        "figure.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "02-links.md": "# Links\n\n[[01-first]], [[sub/中文 页#子页]], ![[figure.svg]], [out](https://example.org/a).\n",
    ]

    private func build(_ settings: String?, git: Bool = false) throws -> TemporaryNotes {
        var files = Self.course
        if let settings { files["weave.yml"] = settings }
        let notes = try TemporaryNotes(files)
        if git { try FileManager.default.createDirectory(at: notes.root.appendingPathComponent(".git"), withIntermediateDirectories: true) }
        let report = try notes.build()
        #expect(report.succeeded)
        return notes
    }

    @Test func withABaseURLTheSiteHasASitemapAndCanonicalLinks() throws {
        let notes = try build("base_url: https://example.github.io/course\ndescription: 站点描述\n")
        defer { notes.cleanUp() }
        let sitemap = try notes.page("sitemap.xml")
        #expect(sitemap.hasPrefix("<?xml") && sitemap.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(sitemap.contains("<loc>https://example.github.io/course/</loc>"))
        #expect(sitemap.contains("<loc>https://example.github.io/course/01-first.html</loc>"))
        #expect(sitemap.contains("<loc>https://example.github.io/course/sub/%E4%B8%AD%E6%96%87%20%E9%A1%B5.html</loc>"))
        #expect(!sitemap.contains("404"))
        let first = try notes.page("01-first.html")
        #expect(first.contains("<link rel=\"canonical\" href=\"https://example.github.io/course/01-first.html\">"))
        #expect(first.contains("<meta property=\"og:url\" content=\"https://example.github.io/course/01-first.html\">"))
        #expect(try notes.page("index.html").contains("<link rel=\"canonical\" href=\"https://example.github.io/course/\">"))
        let missing = try notes.page("404.html")
        #expect(missing.contains("<base href=\"https://example.github.io/course/\">"), "served at any depth, its links start from the site")
        #expect(missing.contains("页面不存在") && missing.contains("href=\"index.html\""))
    }

    @Test func withoutABaseURLThereIsNoSitemapNorCanonicalLinkButA404PageAndAnIcon() throws {
        let notes = try build(nil)
        defer { notes.cleanUp() }
        let fm = FileManager.default
        #expect(!fm.fileExists(atPath: notes.site.appendingPathComponent("sitemap.xml").path))
        let first = try notes.page("01-first.html")
        #expect(!first.contains("rel=\"canonical\"") && !first.contains("og:url"))
        let missing = try notes.page("404.html")
        #expect(missing.contains("页面不存在") && !missing.contains("<base"))
        let icon = try notes.page("assets/favicon.svg")
        #expect(icon.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(first.contains("<link rel=\"icon\" href=\"assets/favicon.svg\" type=\"image/svg+xml\">"))
        #expect(try notes.page("sub/中文 页.html").contains("<link rel=\"icon\" href=\"../assets/favicon.svg\""))
    }

    @Test func descriptionsComeFromFrontMatterOrTheFirstParagraph() throws {
        let notes = try build("description: 站点描述\n")
        defer { notes.cleanUp() }
        let first = try notes.page("01-first.html")
        #expect(first.contains("<meta name=\"description\" content=\"写在 front matter 里的 &quot;描述&quot;\">"))
        #expect(first.contains("<meta property=\"og:description\" content=\"写在 front matter 里的 &quot;描述&quot;\">"))
        #expect(first.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(first.contains("<meta property=\"og:title\" content=\"第一课\">"))
        #expect(first.contains("<meta property=\"og:site_name\" content=\"课程\">"))
        #expect(first.contains("<meta property=\"og:locale\" content=\"zh_CN\">"))
        let sub = try notes.page("sub/中文 页.html")
        #expect(sub.contains("<meta name=\"description\" content=\"第一段有 强调、链接 和公式 x^2， 跨两行。\">"), "plain text, one line")
        let long = try notes.page("long.html")
        let description = try #require(long.firstMatch(of: #/<meta name="description" content="([^"]*)">/#)).output.1
        #expect(description.count <= PageDescription.limit && description.hasSuffix("word…"), "\(description)")
        #expect(try notes.page("empty.html").contains("<meta name=\"description\" content=\"站点描述\">"), "no paragraph: the site's")
        let index = try notes.page("index.html")
        #expect(index.contains("<meta name=\"description\" content=\"欢迎来到 这门课。\">"))
        #expect(index.contains("<meta property=\"og:type\" content=\"website\">"))
    }

    @Test func editLinksLeadFromTheRepositoryToTheNote() throws {
        let inGit = try build("repository: https://github.com/example/course\nlanguage: en\n", git: true)
        defer { inGit.cleanUp() }
        #expect(try inGit.page("sub/中文 页.html").contains(
            "<p class=\"edit-page\"><a href=\"https://github.com/example/course/edit/main/notes/sub/%E4%B8%AD%E6%96%87%20%E9%A1%B5.md\">Edit this page</a></p>"))
        #expect(!(try inGit.page("index.html")).contains("edit-page"))

        let chosen = try build("repository: https://gitlab.example.org/t/c/\nedit_uri: -/edit/dev/book\n")
        defer { chosen.cleanUp() }
        #expect(try chosen.page("01-first.html").contains("href=\"https://gitlab.example.org/t/c/-/edit/dev/book/01-first.md\">编辑此页</a>"))

        let none = try build(nil)
        defer { none.cleanUp() }
        #expect(!(try none.page("01-first.html")).contains("edit-page"))
    }

    /// Every `href` and `src` of every page leads to a file of the site by a relative path (or is a
    /// fragment, or an address on the web): the site works from any folder, any host path and file://.
    @Test func linksBetweenTheSitesFilesAreRelativeAndLeadToFiles() throws {
        let notes = try build("base_url: https://example.github.io/course/\nrepository: https://github.com/example/course\n")
        defer { notes.cleanUp() }
        let fm = FileManager.default
        let pages = try #require(fm.enumerator(atPath: notes.site.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        #expect(pages.count == 9, "the notes, index.html, 404.html, print.html and search.html")
        var checked = 0
        for page in pages where page != "404.html" {
            let html = try notes.page(page)
            for match in html.matches(of: #/(?:href|src)="([^"]*)"/#) {
                let link = String(match.output.1).replacingOccurrences(of: "&amp;", with: "&")
                if link.hasPrefix("#") || Href.scheme(link) == "https" { continue }
                #expect(!link.hasPrefix("/") && Href.scheme(link) == nil, "\(page): \(link)")
                let path = String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]).removingPercentEncoding ?? link
                let target = notes.site.appendingPathComponent(page).deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
                #expect(target.path.hasPrefix(notes.site.path + "/") && fm.fileExists(atPath: target.path), "\(page): \(link)")
                checked += 1
            }
        }
        #expect(checked > 50)
    }
}
