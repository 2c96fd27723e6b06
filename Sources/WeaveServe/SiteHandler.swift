import FlyingFox
import Foundation

/// Answers HTTP requests: site files (HTML with the reload script added), and the reload status.
struct SiteHandler: HTTPHandler {
    let site: LiveSite
    /// How long a status request may wait for a build before answering anyway.
    var longPoll: Double = 10

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            var headers = HTTPHeaders()
            headers[HTTPHeader("Allow")] = "GET, HEAD"
            return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
        }
        let rawPath = request.target.path()
        if rawPath == LiveReload.statusPath { return try await status(request) }
        guard let key = SitePath.key(rawPath) else { return notFound(page: nil, request) }
        guard let (data, status) = site.read(key) else { return notFound(page: key, request) }
        let type = ContentType.of(key)
        let body = type.hasPrefix("text/html") ? LiveReload.inject(into: data, page: key, status: status) : data
        return response(.ok, type: type, body: body, request)
    }

    /// `{"build": N, "version": V, "errors": [...]}` for `?page=…`; with `&since=N`, waits until a
    /// build after N has finished (or `longPoll` seconds have passed). When too many requests wait
    /// already, a 503 (the script tries again a second later).
    private func status(_ request: HTTPRequest) async throws -> HTTPResponse {
        let page = request.query["page"].flatMap { SitePath.key("/" + $0) } ?? "index.html"
        if let since = request.query["since"].flatMap(Int.init), since >= 0 {
            guard await site.waiters.wait(after: since, timeout: longPoll) else {
                var busy = response(.serviceUnavailable, type: ContentType.of("503.txt"),
                                    body: Data("too many pages wait for a build; try again\n".utf8), request)
                busy.headers[HTTPHeader("Retry-After")] = "1"
                return busy
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return response(.ok, type: ContentType.of("status.json"), body: try encoder.encode(site.status(of: page)), request)
    }

    /// A 404; for a page name, an HTML page with the reload script, so it reloads once the page exists.
    private func notFound(page: String?, _ request: HTTPRequest) -> HTTPResponse {
        guard let page, ContentType.of(page).hasPrefix("text/html") else {
            return response(.notFound, type: ContentType.of("404.txt"), body: Data("not found\n".utf8), request)
        }
        let html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title></head>\n"
            + "<body><p>No page at <code>/\(escape(page))</code> in this build. <a href=\"/\">Index</a></p>\n</body></html>\n"
        return response(.notFound, type: ContentType.of(page),
                        body: LiveReload.inject(into: Data(html.utf8), page: page, status: site.status(of: page)), request)
    }

    private func response(_ code: HTTPStatusCode, type: String, body: Data, _ request: HTTPRequest) -> HTTPResponse {
        var headers: HTTPHeaders = [
            .contentType: type,
            .cacheControl: "no-store",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
        guard request.method == .HEAD else { return HTTPResponse(statusCode: code, headers: headers, body: body) }
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: code, headers: headers)
    }

    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
