/// The HTML page around a rendered note or the index: head, sidebar navigation, article, footer.
struct PageLayout {
    /// The course's notes, in order, for the sidebar.
    let navigation: [(title: String, url: String)]
    let siteTitle: String
    var settings = SiteSettings()

    /// The few words weave itself writes on a page, in the site's language (Chinese or English).
    struct Words {
        var contents: String
        var onThisPage: String
        var builtWith: String
        var promise: String

        init(_ settings: SiteSettings) {
            let version = WeaveVersion.current
            if settings.isChinese {
                contents = "课程目录"
                onThisPage = "本页目录"
                builtWith = "由 weave \(version) 构建。"
                promise = "本页的每个代码单元都在构建时运行过，每个检查都已通过验证。"
            } else {
                contents = "Course contents"
                onThisPage = "On this page"
                builtWith = "Built with weave \(version)."
                promise = "Every cell on this page was run and every check verified at build time."
            }
        }
    }

    /// A complete HTML document. `rootPrefix` leads from the page to the site root (`""` or `"../"`).
    func document(title: String, currentURL: String?, rootPrefix: String, article: String, toc: String, hasCells: Bool) -> String {
        let words = Words(settings)
        var meta = ""
        if let description = settings.description { meta += "<meta name=\"description\" content=\"\(HTML.escape(description))\">\n" }
        if let author = settings.author { meta += "<meta name=\"author\" content=\"\(HTML.escape(author))\">\n" }
        let credit = settings.footer.map { HTML.escape($0) + " · " } ?? ""
        let footer = credit + HTML.escape(words.builtWith) + (hasCells ? " " + HTML.escape(words.promise) : "")
        var nav = ""
        for item in navigation {
            let current = item.url == currentURL ? " aria-current=\"page\"" : ""
            nav += "<li><a href=\"\(rootPrefix)\(HTML.escape(Href.path(item.url)))\"\(current)>\(HTML.escape(item.title))</a></li>\n"
        }
        return """
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
        <header class="site-header"><a class="site-title" href="\(rootPrefix)index.html">\(HTML.escape(siteTitle))</a></header>
        <div class="layout">
        <nav class="sidebar" aria-label="\(HTML.escape(words.contents))">
        <ol>
        \(nav)</ol>
        </nav>
        <main>
        \(article)
        </main>
        \(toc.isEmpty ? "" : "<aside class=\"toc\" aria-label=\"\(HTML.escape(words.onThisPage))\">\n\(toc)</aside>")
        </div>
        <footer class="site-footer">\(footer)</footer>
        </body>
        </html>

        """
    }
}
