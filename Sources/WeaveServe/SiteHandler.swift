import Foundation

/// Answers HTTP requests: site files (HTML with the reload script added), and the reload status.
struct SiteHandler: Sendable {
    let site: LiveSite
    /// How long a status request may wait for a build before answering anyway.
    var longPoll: Double = 10

    func reply(to request: HTTPHead) async -> HTTPReply {
        guard request.method == "GET" || request.method == "HEAD" else {
            var reply = HTTPReply.text(405, "weave serve answers GET and HEAD only")
            reply.headers.append(("Allow", "GET, HEAD"))
            return reply
        }
        let rawPath = request.path
        if rawPath == LiveReload.statusPath { return await status(request) }
        guard let key = SitePath.key(rawPath) else { return notFound(page: nil) }
        guard let (data, status) = site.read(key) else { return notFound(page: key) }
        let type = ContentType.of(key)
        let body = type.hasPrefix("text/html") ? LiveReload.inject(into: data, page: key, status: status) : data
        return response(200, type: type, body: body)
    }

    /// `{"build": N, "version": V, "errors": [...]}` for `?page=…`; with `&since=N`, waits until a
    /// build after N has finished (or `longPoll` seconds have passed). When too many requests wait
    /// already, a 503 (the script tries again a second later).
    private func status(_ request: HTTPHead) async -> HTTPReply {
        let query = request.query
        let page = query["page"].flatMap { SitePath.key("/" + $0) } ?? "index.html"
        if let since = query["since"].flatMap(Int.init), since >= 0 {
            guard await site.waiters.wait(after: since, timeout: longPoll) else {
                var reply = HTTPReply.text(503, "too many pages wait for a build; try again")
                reply.headers.append(("Retry-After", "1"))
                return reply
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let body = (try? encoder.encode(site.status(of: page))) ?? Data("{}".utf8)
        return response(200, type: ContentType.of("status.json"), body: body)
    }

    /// A 404; for a page name, an HTML page with the reload script, so it reloads once the page exists.
    private func notFound(page: String?) -> HTTPReply {
        guard let page, ContentType.of(page).hasPrefix("text/html") else {
            return response(404, type: ContentType.of("404.txt"), body: Data("not found\n".utf8))
        }
        let html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title></head>\n"
            + "<body><p>No page at <code>/\(escape(page))</code> in this build. <a href=\"/\">Index</a></p>\n</body></html>\n"
        return response(404, type: ContentType.of(page),
                        body: LiveReload.inject(into: Data(html.utf8), page: page, status: site.status(of: page)))
    }

    private func response(_ status: Int, type: String, body: Data) -> HTTPReply {
        HTTPReply(status: status, headers: [("Content-Type", type), ("Cache-Control", "no-store"),
                                            ("X-Content-Type-Options", "nosniff")], body: body)
    }

    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
