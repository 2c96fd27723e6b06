import Foundation

/// The HTML page around a rendered note or the index: head, sidebar navigation, article, footer.
struct PageLayout {
    /// The course's notes, in order, for the sidebar.
    let navigation: [(title: String, url: String)]
    let siteTitle: String
    var settings = SiteSettings()
    /// Where the print page (the whole course on one page) is, for the sidebar's link to it.
    let printURL: String

    init(navigation: [(title: String, url: String)], siteTitle: String, settings: SiteSettings = SiteSettings()) {
        self.navigation = navigation
        self.siteTitle = siteTitle
        self.settings = settings
        printURL = PrintPage.url(avoiding: navigation.map(\.url))
    }

    /// The few words weave itself writes on a page, in the site's language (Chinese or English).
    struct Words {
        var contents: String
        var onThisPage: String
        var builtWith: String
        var promise: String
        var editPage: String
        var notFound: String
        var notFoundText: String
        var backHome: String
        var search: String
        var searchPlaceholder: String
        /// `{n}` results; one result; showing the first `{n}`; nothing found for `{q}` (search.js fills them in).
        var searchCount: String
        var searchOne: String
        var searchFirst: String
        var searchNone: String
        var searchNeedsScript: String

        init(_ settings: SiteSettings) {
            let version = WeaveVersion.current
            if settings.isChinese {
                contents = "课程目录"
                onThisPage = "本页目录"
                builtWith = "由 weave \(version) 构建。"
                promise = "本页的每个代码单元都在构建时运行过，每个检查都已通过验证。"
                editPage = "编辑此页"
                notFound = "页面不存在"
                notFoundText = "这个地址上没有页面：它可能改了名字或被删除了。"
                backHome = "回到课程首页"
                search = "搜索"
                searchPlaceholder = "搜索课程"
                searchCount = "{n} 个结果"
                searchOne = "1 个结果"
                searchFirst = "（列出前 {n} 个）"
                searchNone = "没有找到“{q}”。"
                searchNeedsScript = "搜索需要 JavaScript：请在浏览器中启用它，或从课程目录浏览。"
            } else {
                contents = "Course contents"
                onThisPage = "On this page"
                builtWith = "Built with weave \(version)."
                promise = "Every cell on this page was run and every check verified at build time."
                editPage = "Edit this page"
                notFound = "Page not found"
                notFoundText = "There is no page at this address: it may have been renamed or removed."
                backHome = "Back to the course's home page"
                search = "Search"
                searchPlaceholder = "Search the course"
                searchCount = "{n} results"
                searchOne = "1 result"
                searchFirst = "(the first {n} are listed)"
                searchNone = "Nothing found for “{q}”."
                searchNeedsScript = "Search needs JavaScript: turn it on in the browser, or browse the course contents."
            }
        }
    }

    /// What the head of a page says about it beyond its title.
    struct Head {
        /// The page's description (front matter or first paragraph), else the site's.
        var description: String?
        /// The page's absolute URL (with `base_url`).
        var canonical: String?
        /// A note (OpenGraph `article`) rather than the index (`website`).
        var isArticle = false
        /// A `<base href>` for the page's links (the 404 page, served at any depth).
        var base: String?
        /// Asks search engines not to list the page (the print page repeats every note).
        var noindex = false
    }

    /// `<meta>` and `<link>` elements of the head: description, author, OpenGraph, canonical link, icon.
    private func headElements(title: String, rootPrefix: String, head: Head) -> String {
        var out = ""
        if let base = head.base { out += "<base href=\"\(HTML.escape(base))\">\n" }
        if head.noindex { out += "<meta name=\"robots\" content=\"noindex\">\n" }
        let description = head.description ?? settings.description
        if let description { out += "<meta name=\"description\" content=\"\(HTML.escape(description))\">\n" }
        if let author = settings.author { out += "<meta name=\"author\" content=\"\(HTML.escape(author))\">\n" }
        out += "<meta property=\"og:type\" content=\"\(head.isArticle ? "article" : "website")\">\n"
        out += "<meta property=\"og:title\" content=\"\(HTML.escape(title))\">\n"
        out += "<meta property=\"og:site_name\" content=\"\(HTML.escape(siteTitle))\">\n"
        if let description { out += "<meta property=\"og:description\" content=\"\(HTML.escape(description))\">\n" }
        out += "<meta property=\"og:locale\" content=\"\(HTML.escape(settings.language.replacingOccurrences(of: "-", with: "_")))\">\n"
        if let canonical = head.canonical {
            out += "<meta property=\"og:url\" content=\"\(HTML.escape(canonical))\">\n"
            out += "<link rel=\"canonical\" href=\"\(HTML.escape(canonical))\">\n"
        }
        out += "<link rel=\"icon\" href=\"\(rootPrefix)\(Favicon.path)\" type=\"image/svg+xml\">\n"
        return out
    }

    /// The search box of the header: a plain form that sends its query to the search page, so it needs
    /// no script on the page (the search page has its own box).
    private func searchBox(rootPrefix: String, currentURL: String?, words: Words) -> String {
        guard currentURL != SearchPage.path else { return "" }
        return "<form class=\"site-search\" action=\"\(rootPrefix)\(SearchPage.path)\" role=\"search\">"
            + "<input type=\"search\" name=\"q\" placeholder=\"\(HTML.escape(words.search))\" aria-label=\"\(HTML.escape(words.searchPlaceholder))\">"
            + "</form>"
    }

    /// A complete HTML document. `rootPrefix` leads from the page to the site root (`""` or `"../"`).
    func document(title: String, currentURL: String?, rootPrefix: String, article: String, toc: String, hasCells: Bool,
                  head: Head = Head()) -> String {
        let frame = frame(title: title, currentURL: currentURL, rootPrefix: rootPrefix, toc: toc, hasCells: hasCells, head: head)
        return frame.opening + article + frame.closing
    }

    /// A page's HTML around its article (the content of `<main>`): the page is `opening + article + closing`.
    ///
    /// Large pages (a note full of formulas, the print page) are written into one buffer of the right
    /// size between the two, rather than joined from copies of the article.
    struct Frame {
        var opening: String
        var closing: String

        /// The page's bytes, the article appended by `article` straight into them (room made for `size` bytes of it).
        func page(articleSize size: Int, _ article: (inout Data) -> Void) -> Data {
            var html = Data(capacity: opening.utf8.count + size + closing.utf8.count)
            html += opening
            article(&html)
            html += closing
            return html
        }
    }

    /// The page around an article, for `document` or `Frame.page`.
    func frame(title: String, currentURL: String?, rootPrefix: String, toc: String, hasCells: Bool, head: Head = Head()) -> Frame {
        let words = Words(settings)
        let meta = headElements(title: title, rootPrefix: rootPrefix, head: head)
        let credit = settings.footer.map { HTML.escape($0) + " · " } ?? ""
        let footer = credit + HTML.escape(words.builtWith) + (hasCells ? " " + HTML.escape(words.promise) : "")
        var nav = ""
        for item in navigation {
            let current = item.url == currentURL ? " aria-current=\"page\"" : ""
            nav += "<li><a href=\"\(rootPrefix)\(HTML.escape(Href.path(item.url)))\"\(current)>\(HTML.escape(item.title))</a></li>\n"
        }
        let opening = """
        <!DOCTYPE html>
        <html lang="\(HTML.escape(settings.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="weave \(WeaveVersion.current)">
        \(meta)<title>\(HTML.escape(title))\(title == siteTitle ? "" : " · " + HTML.escape(siteTitle))</title>
        <link rel="stylesheet" href="\(rootPrefix)assets/katex/katex.min.css">
        <link rel="stylesheet" href="\(rootPrefix)assets/weave.css">
        </head>
        <body>
        <header class="site-header"><a class="site-title" href="\(rootPrefix)index.html">\(HTML.escape(siteTitle))</a>\(searchBox(rootPrefix: rootPrefix, currentURL: currentURL, words: words))</header>
        <div class="layout">
        <nav class="sidebar" aria-label="\(HTML.escape(words.contents))">
        <ol>
        \(nav)</ol>
        <p class="print-link"><a href="\(rootPrefix)\(printURL)"\(currentURL == printURL ? " aria-current=\"page\"" : "")>\(HTML.escape(PrintPage.Words(settings).link))</a></p>
        </nav>
        <main>

        """
        let closing = """

        </main>
        \(toc.isEmpty ? "" : "<aside class=\"toc\" aria-label=\"\(HTML.escape(words.onThisPage))\">\n\(toc)</aside>")
        </div>
        <footer class="site-footer">\(footer)</footer>
        </body>
        </html>

        """
        return Frame(opening: opening, closing: closing)
    }
}
