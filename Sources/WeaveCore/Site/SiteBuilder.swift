import Foundation

/// The Site stage: rendered pages in, a complete static site out, written atomically.
///
/// The steps: lay out each page (navigation, table of contents, previous/next), write the index, the
/// print page (the whole course on one page), the search page and its index, copy KaTeX's stylesheet and
/// fonts, the images pages use and weave's stylesheet, then swap the new site into place only when all of
/// it is written.
public struct SiteBuilder {
    public var siteTitle: String
    public var notesRoot: URL
    public var settings: SiteSettings

    public init(siteTitle: String, notesRoot: URL, settings: SiteSettings = SiteSettings()) {
        self.siteTitle = siteTitle
        self.notesRoot = notesRoot
        self.settings = settings
    }

    /// The files of the site, relative path → bytes. Deterministic: the same input gives the same bytes.
    public func files(for allPages: [RenderedPage], assets: Set<String>) throws -> [String: Data] {
        // A note called index.md is the home page: its text above the list of notes.
        let home = allPages.first { $0.note.source.relativePath.lowercased() == "index.md" }
        let pages = allPages.filter { $0.note.source.relativePath.lowercased() != "index.md" }
        let navigation = pages.map { (title: $0.note.title, url: LinkResolver.pageURL($0.note.source.relativePath)) }
        let layout = PageLayout(navigation: navigation, siteTitle: siteTitle, settings: settings)
        let addresses = PublicAddresses(settings: settings, notesRoot: notesRoot)
        var files: [String: Data] = [:]
        for (k, page) in pages.enumerated() {
            // The note's front matter may set its own author and language (its `lang` and weave's words).
            var local = self
            local.settings = settings.forNote(page.note.source.frontMatter)
            var layout = layout
            layout.settings = local.settings
            let url = navigation[k].url
            let prefix = String(repeating: "../", count: url.filter { $0 == "/" }.count)
            let previous = k > 0 ? navigation[k - 1] : nil
            let next = k + 1 < pages.count ? navigation[k + 1] : nil
            let head = PageLayout.Head(description: PageDescription.of(page.note), canonical: addresses.canonical(url), isArticle: true)
            let frame = layout.frame(title: page.note.title, currentURL: url, rootPrefix: prefix,
                                     toc: local.toc(page.headings), hasCells: !page.note.cells.isEmpty, head: head)
            files[url] = frame.page(articleSize: page.body.utf8.count + 2_048) {
                local.appendArticle(page, prefix: prefix, previous: previous, next: next,
                                    edit: addresses.edit(page.note.source.relativePath), to: &$0)
            }
        }
        let homeHead = PageLayout.Head(description: home.flatMap { PageDescription.of($0.note) }, canonical: addresses.canonical("index.html"))
        files["index.html"] = Data(layout.document(title: siteTitle, currentURL: "index.html", rootPrefix: "",
                                                   article: index(pages, home: home), toc: "", hasCells: false, head: homeHead).utf8)
        files["404.html"] = Data(notFoundPage(layout, base: addresses.baseURL).utf8)
        let print = PrintPage(pages: pages, home: home, siteTitle: siteTitle, settings: settings)
        files[layout.printURL] = layout.frame(title: print.title, currentURL: layout.printURL, rootPrefix: "", toc: "",
                                              hasCells: pages.contains { !$0.note.cells.isEmpty }, head: PageLayout.Head(noindex: true))
            .page(articleSize: print.size, print.appendArticle)
        let words = PageLayout.Words(settings)
        files[SearchPage.path] = Data(layout.document(title: words.search, currentURL: SearchPage.path, rootPrefix: "",
                                                      article: SearchPage.article(words), toc: "", hasCells: false).utf8)
        files[SearchIndex.path] = Data(SearchIndex(home: home, notes: pages, siteTitle: siteTitle).script.utf8)
        files[SearchScript.path] = SearchScript.data
        if let sitemap = addresses.sitemap(["index.html"] + navigation.map(\.url)) { files["sitemap.xml"] = Data(sitemap.utf8) }
        files[Favicon.path] = Data(Favicon.svg.utf8)
        files["assets/weave.css"] = Data(Stylesheet.css.utf8)
        files[OutputFolder.marker] = Data(OutputFolder.markerText.utf8)
        try copyKatex(into: &files)
        for asset in assets.sorted() {
            files["files/\(asset)"] = try Data(contentsOf: notesRoot.appendingPathComponent(asset))
        }
        return files
    }

    /// The page for addresses that have none (`404.html`, which hosts such as GitHub Pages serve at any
    /// depth: with a base URL its links start from the site's address, else from the top folder).
    private func notFoundPage(_ layout: PageLayout, base: String?) -> String {
        let words = PageLayout.Words(settings)
        let article = "<article>\n<h1 class=\"page-title\">\(HTML.escape(words.notFound))</h1>\n<p>\(HTML.escape(words.notFoundText))</p>\n"
            + "<p><a href=\"index.html\">\(HTML.escape(words.backHome))</a></p>\n</article>"
        return layout.document(title: words.notFound, currentURL: nil, rootPrefix: "", article: article, toc: "",
                               hasCells: false, head: PageLayout.Head(base: base))
    }

    /// Appends a note's article to `out`: title, body, edit link, then the links to the previous and next notes.
    private func appendArticle(_ page: RenderedPage, prefix: String, previous: (title: String, url: String)?,
                               next: (title: String, url: String)?, edit: String?, to out: inout Data) {
        out += "<article>\n"
        Self.appendTitled(page, to: &out)
        if let edit { out += "<p class=\"edit-page\"><a href=\"\(HTML.escape(Href.written(edit)))\">\(HTML.escape(PageLayout.Words(settings).editPage))</a></p>\n" }
        out += "</article>\n<nav class=\"pager\">"
        if let previous { out += "<a class=\"prev\" href=\"\(prefix)\(HTML.escape(Href.path(previous.url)))\">← \(HTML.escape(previous.title))</a>" }
        if let next { out += "<a class=\"next\" href=\"\(prefix)\(HTML.escape(Href.path(next.url)))\">\(HTML.escape(next.title)) →</a>" }
        out += "</nav>"
    }

    /// Appends a note's title, date and tags, then its body (with `edits` applied: the print page's), to
    /// `out`. The date and tags go under the body's own title (`titleEnd`), or under a title put above.
    static func appendTitled(_ page: RenderedPage, edits: PrintEdits = PrintEdits(), to out: inout Data) {
        let matter = page.note.source.frontMatter
        var meta = ""
        if let date = matter.date { meta += "<time>\(HTML.escape(date))</time>" }
        if !matter.tags.isEmpty {
            meta += "<ul class=\"tags\">" + matter.tags.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
        }
        let metaLine = meta.isEmpty ? "" : "<div class=\"page-meta\">\(meta)</div>\n"
        var body = page.body
        body.withUTF8 { bytes in
            if let titleEnd = page.titleEnd, titleEnd <= bytes.count {
                edits.append(bytes, 0..<titleEnd, to: &out)
                out += metaLine
                edits.append(bytes, titleEnd..<bytes.count, to: &out)
            } else {
                out += "<h1 class=\"page-title\">\(HTML.escape(page.note.title))</h1>\n"
                out += metaLine
                edits.append(bytes, 0..<bytes.count, to: &out)
            }
        }
    }

    private func toc(_ headings: [RenderedPage.Heading]) -> String {
        // Every heading of levels 1 to 3 but the first (the page's title): a note in two parts has two.
        let entries = headings.enumerated().filter { k, h in (h.level == 1 && k > 0) || (2...3).contains(h.level) }.map(\.element)
        guard entries.count >= 2 else { return "" }
        var out = "<div class=\"toc-title\">\(HTML.escape(PageLayout.Words(settings).onThisPage))</div>\n<ul>\n"
        for h in entries {
            out += "<li class=\"toc-\(h.level)\"><a href=\"#\(HTML.escape(h.id))\">\(h.html)</a></li>\n"
        }
        return out + "</ul>\n"
    }

    private func index(_ pages: [RenderedPage], home: RenderedPage?) -> String {
        var out = "<article>\n"
        if let home, home.headings.first?.level == 1 {
            out += home.body
        } else {
            out += "<h1 class=\"page-title\">\(HTML.escape(siteTitle))</h1>\n" + (home?.body ?? "")
        }
        out += "<ol class=\"note-index\">\n"
        for page in pages {
            let matter = page.note.source.frontMatter
            out += "<li><a href=\"\(HTML.escape(Href.path(LinkResolver.pageURL(page.note.source.relativePath))))\">\(HTML.escape(page.note.title))</a>"
            if let date = matter.date { out += " <time>\(HTML.escape(date))</time>" }
            if !matter.tags.isEmpty {
                out += "<ul class=\"tags\">" + matter.tags.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n</article>"
    }

    /// KaTeX's stylesheet and the fonts it names, from Debian's libjs-katex (the fonts folder may be a
    /// symlink: copy files).
    ///
    /// KaTeX lists each font as WOFF2, then WOFF and TrueType for old browsers; every browser in use takes
    /// the WOFF2, so the stylesheet keeps only those and the site carries 20 font files instead of 60.
    private func copyKatex(into files: inout [String: Data]) throws {
        let css = Self.woff2Only(try String(contentsOf: MathTypesetter.katexCSSPath, encoding: .utf8))
        files["assets/katex/katex.min.css"] = Data(css.utf8)
        let fonts = MathTypesetter.katexFontsURL.resolvingSymlinksInPath()
        for name in Set(Self.fontSources(css).map(\.name)).sorted() {
            files["assets/katex/fonts/\(name)"] = try Data(contentsOf: fonts.appendingPathComponent(name))
        }
    }

    /// The stylesheet without the WOFF and TrueType fallbacks after each WOFF2 font
    /// (`,url(fonts/NAME.woff) format('woff')` and the same for `.ttf` and `'truetype'`).
    static func woff2Only(_ css: String) -> String {
        var out = ""
        var copied = css.startIndex
        for source in fontSources(css) where source.name.hasSuffix(".woff") || source.name.hasSuffix(".ttf") {
            guard let comma = css[copied..<source.range.lowerBound].lastIndex(of: ","),
                  css[css.index(after: comma)..<source.range.lowerBound].allSatisfy(\.isWhitespace) else { continue }
            out += css[copied..<comma]
            copied = source.range.upperBound
        }
        return out + css[copied...]
    }

    /// Each `url(fonts/NAME)` of the stylesheet, with its `format(…)` if one follows: the font's file name
    /// and the range of the whole source.
    static func fontSources(_ css: String) -> [(name: String, range: Range<String.Index>)] {
        var found: [(name: String, range: Range<String.Index>)] = []
        var rest = css[...]
        while let start = rest.byteRange(of: "url(fonts/") {
            guard let close = rest[start.upperBound...].firstIndex(of: ")") else { break }
            let name = rest[start.upperBound..<close]
            var end = rest.index(after: close)
            let afterURL = rest[end...].drop(while: \.isWhitespace)
            if afterURL.hasPrefix("format("), let formatClose = afterURL.firstIndex(of: ")") {
                end = rest.index(after: formatClose)
            }
            if !name.isEmpty, !name.contains(where: { $0 == "'" || $0 == "\"" }) {
                found.append((String(name), start.lowerBound..<end))
            }
            rest = rest[end...]
        }
        return found
    }

    /// Writes `files` into a fresh folder beside `output`, then swaps it into place in one step
    /// (`renameat2` with `RENAME_EXCHANGE`), so that at every moment `output` is either the old site
    /// or the new one; on any failure the previous site stays as it was. An `output` reached through a
    /// symbolic link is written where the link leads. Once weave is shutting down
    /// (`ChildProcesses.terminateAll`) nothing is swapped in: the cells of this build may have been stopped.
    public static func writeAtomically(_ files: [String: Data], to output: URL) throws {
        // Through a symbolic link: the site replaces the folder the link leads to, and the link stays.
        let output = URL(fileURLWithPath: OutputFolder.resolved(output))
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).new-\(ProcessInfo.processInfo.processIdentifier)")
        removeLeftovers(of: output)
        do {
            let folders = Set(files.keys.map { staging.appendingPathComponent($0).deletingLastPathComponent().path })
            for folder in folders.sorted() { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            for (path, data) in files { try UnsyncedFile.write(data, to: staging.appendingPathComponent(path)) }
            try ChildProcesses.shared.unlessStopping { try SiteSwap.swap(staging, into: output) }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        // After an exchange, the staging name holds the old site.
        try? fm.removeItem(at: staging)
    }

    /// Removes staging and retired folders left by builds that were interrupted (their process is gone).
    static func removeLeftovers(of output: URL) {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).new-", ".\(output.lastPathComponent).old-"]  // .old-: older weaves
        for name in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }),
                  let pid = Int32(name.dropFirst(prefix.count)) else { continue }
            if pid == ProcessInfo.processInfo.processIdentifier || kill(pid, 0) != 0 {
                try? fm.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }
}
