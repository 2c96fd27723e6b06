import Foundation

/// `print.html`: the whole course on one page, to print or save as PDF from the browser (mdBook has one
/// too). The home page's text and a list of the notes come first, then every note in course order, each
/// starting a new printed page; links between notes lead within the page (`PrintAnchors`).
struct PrintPage {
    /// The page's title ("全部笔记" or "The whole course").
    let title: String
    private let pages: [RenderedPage]
    private let home: RenderedPage?
    private let siteTitle: String
    private let words: Words

    init(pages: [RenderedPage], home: RenderedPage?, siteTitle: String, settings: SiteSettings) {
        words = Words(settings)
        title = words.title
        self.pages = pages
        self.home = home
        self.siteTitle = siteTitle
    }

    /// About how many bytes the article takes (room to reserve for it).
    var size: Int {
        pages.reduce(home.map { $0.body.utf8.count + $0.printEdits.extraSize } ?? 0) { $0 + $1.body.utf8.count + $1.printEdits.extraSize + 1_024 } + 4_096
    }

    /// Appends the page's article to `out`.
    func appendArticle(to out: inout Data) {
        let urls = pages.map { LinkResolver.pageURL($0.note.source.relativePath) }
        out += "<article class=\"print-course\">\n"
        if let home, home.headings.first?.level == 1 {
            home.printEdits.append(home.body, to: &out)
        } else {
            out += "<h1 class=\"page-title\">\(HTML.escape(siteTitle))</h1>\n"
            if let home { home.printEdits.append(home.body, to: &out) }
        }
        out += "<p class=\"print-hint\">\(HTML.escape(words.hint))</p>\n<nav class=\"print-contents\">\n<ol>\n"
        for (page, url) in zip(pages, urls) {
            out += "<li><a href=\"#\(HTML.escape(Href.path(PrintAnchors.section(url))))\">\(HTML.escape(page.note.title))</a></li>\n"
        }
        out += "</ol>\n</nav>\n"
        for (page, url) in zip(pages, urls) {
            out += "<section class=\"print-note\" id=\"\(HTML.escape(PrintAnchors.section(url)))\">\n"
            SiteBuilder.appendTitled(page, edits: page.printEdits, to: &out)
            out += "</section>\n"
        }
        out += "</article>"
    }

    /// Where the print page goes: `print.html`, unless a note is published there (then `print-course.html`).
    static func url(avoiding pageURLs: [String]) -> String {
        pageURLs.contains { $0.lowercased() == "print.html" } ? "print-course.html" : "print.html"
    }

    /// The few words of the print page, and of the link to it, in the site's language.
    struct Words {
        var title: String
        var link: String
        var hint: String

        init(_ settings: SiteSettings) {
            if settings.isChinese {
                title = "全部笔记"
                link = "打印全部笔记"
                hint = "这一页按课程顺序收录全部笔记，每篇从新的一页开始：用浏览器的“打印”即可打印或存为 PDF。"
            } else {
                title = "The whole course"
                link = "Print the whole course"
                hint = "Every note of the course on one page, in course order, each starting on a new sheet: print it or save it as PDF from the browser."
            }
        }
    }
}
