import Foundation

/// The site's absolute addresses, from the settings: each page's canonical URL and the sitemap (when
/// `base_url` is set), and each note's "edit this page" link (when `repository` is set).
///
/// Links between the site's own pages stay relative everywhere else, so that the site works from any
/// folder of any host and from `file://`; only these addresses name the host.
struct PublicAddresses {
    /// `base_url`, ending in `/`.
    var baseURL: String?
    /// The edit link of a note is this followed by the note's path in the notes folder.
    var editBase: String?

    init(settings: SiteSettings, notesRoot: URL) {
        baseURL = settings.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        editBase = settings.repository.map { Self.editBase(repository: $0, editURI: settings.editURI, notesRoot: notesRoot) }
    }

    /// The absolute URL of the site path `path` (`index.html` is the site's address itself).
    func canonical(_ path: String) -> String? {
        guard let baseURL else { return nil }
        return path == "index.html" ? baseURL : baseURL + Self.encoded(path)
    }

    /// The edit page of the note at `relativePath` in the notes folder.
    func edit(_ relativePath: String) -> String? {
        editBase.map { $0 + Self.encoded(relativePath) }
    }

    /// `sitemap.xml` listing `paths` (site paths of pages), or nil without a base URL.
    func sitemap(_ paths: [String]) -> String? {
        guard baseURL != nil else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths { xml += "<url><loc>\(HTML.escape(canonical(path)!))</loc></url>\n" }
        return xml + "</urlset>\n"
    }

    /// `repository` joined with `edit_uri`, or with `edit/main/` and the notes folder's path in the git
    /// repository that holds it (found by its `.git`), ending in `/`.
    static func editBase(repository: String, editURI: String?, notesRoot: URL) -> String {
        let root = repository.hasSuffix("/") ? repository : repository + "/"
        var uri = editURI ?? "edit/main/" + (gitPath(of: notesRoot).map(encoded) ?? "")
        if !uri.isEmpty && !uri.hasSuffix("/") { uri += "/" }
        if Href.scheme(uri) != nil { return uri }
        return root + (uri.hasPrefix("/") ? String(uri.dropFirst()) : uri)
    }

    /// The path of `folder` inside the git repository holding it, ending in `/` (empty at the top), or
    /// nil when no folder above it has a `.git`.
    static func gitPath(of folder: URL) -> String? {
        var current = folder.resolvingSymlinksInPath().standardizedFileURL
        var inside: [String] = []
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) {
                return inside.reversed().map { $0 + "/" }.joined()
            }
            if current.path == "/" { return nil }
            inside.append(current.lastPathComponent)
            current = current.deletingLastPathComponent()
        }
    }

    /// A site path percent-encoded whole (letters beyond ASCII too), as sitemaps and canonical links want it.
    static func encoded(_ path: String) -> String {
        var out = ""
        for byte in Href.path(path).utf8 {
            if byte < 0x80 { out.unicodeScalars.append(Unicode.Scalar(byte)) } else { out += String(format: "%%%02X", byte) }
        }
        return out
    }
}
