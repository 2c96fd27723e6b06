/// The HTML page around a rendered note or the index: head, sidebar navigation, article, footer.
struct PageLayout {
    /// The course's notes, in order, for the sidebar.
    let navigation: [(title: String, url: String)]
    let siteTitle: String

    /// A complete HTML document. `rootPrefix` leads from the page to the site root (`""` or `"../"`).
    func document(title: String, currentURL: String?, rootPrefix: String, article: String, toc: String) -> String {
        var nav = ""
        for item in navigation {
            let current = item.url == currentURL ? " aria-current=\"page\"" : ""
            nav += "<li><a href=\"\(rootPrefix)\(HTML.escape(Href.path(item.url)))\"\(current)>\(HTML.escape(item.title))</a></li>\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="weave \(WeaveVersion.current)">
        <title>\(HTML.escape(title))\(title == siteTitle ? "" : " · " + HTML.escape(siteTitle))</title>
        <link rel="stylesheet" href="\(rootPrefix)assets/katex/katex.min.css">
        <link rel="stylesheet" href="\(rootPrefix)assets/weave.css">
        </head>
        <body>
        <header class="site-header"><a class="site-title" href="\(rootPrefix)index.html">\(HTML.escape(siteTitle))</a></header>
        <div class="layout">
        <nav class="sidebar" aria-label="课程目录">
        <ol>
        \(nav)</ol>
        </nav>
        <main>
        \(article)
        </main>
        \(toc.isEmpty ? "" : "<aside class=\"toc\" aria-label=\"本页目录\">\n\(toc)</aside>")
        </div>
        <footer class="site-footer">Built with weave \(WeaveVersion.current): every cell on these pages was run and every check verified at build time.</footer>
        </body>
        </html>

        """
    }
}
