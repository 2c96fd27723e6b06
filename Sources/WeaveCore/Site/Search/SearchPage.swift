/// The article of `search.html`: a search box, a status line and the list of results that `search.js`
/// fills from the index; without JavaScript, a note that search needs it.
///
/// The script's words (result count, nothing found) ride on the status line's data attributes, in the
/// site's language, so the script itself has none.
public enum SearchPage {
    /// The page's site-relative path (the search box on every page sends its query here, as `?q=`).
    public static let path = "search.html"

    static func article(_ words: PageLayout.Words) -> String {
        func attribute(_ name: String, _ value: String) -> String { " data-\(name)=\"\(HTML.escape(value))\"" }
        return """
        <article class="search-page">
        <h1 class="page-title">\(HTML.escape(words.search))</h1>
        <form class="search-form" action="\(path)" role="search">
        <input type="search" id="search-query" name="q" placeholder="\(HTML.escape(words.searchPlaceholder))" \
        aria-label="\(HTML.escape(words.searchPlaceholder))" autocomplete="off" spellcheck="false" autofocus>
        </form>
        <noscript><p class="notice">\(HTML.escape(words.searchNeedsScript))</p></noscript>
        <p id="search-status" class="search-status" aria-live="polite"\(attribute("count", words.searchCount))\
        \(attribute("one", words.searchOne))\(attribute("first", words.searchFirst))\(attribute("none", words.searchNone))></p>
        <ol id="search-results" class="search-results"></ol>
        </article>
        <script src="\(SearchIndex.path)"></script>
        <script src="\(SearchScript.path)"></script>
        """
    }
}
