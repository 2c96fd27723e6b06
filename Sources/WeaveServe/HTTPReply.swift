import Foundation

/// An HTTP response: status, header fields and a body that is always sent whole, with its length.
struct HTTPReply: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: Data

    init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A short plain-text answer, e.g. for a refused request.
    static func text(_ status: Int, _ message: String) -> HTTPReply {
        HTTPReply(status: status, headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-store"),
                                            ("X-Content-Type-Options", "nosniff")],
                  body: Data((message + "\n").utf8))
    }

    /// The bytes to send: status line, fields, `Content-Length`, `Connection`, then the body unless
    /// the request was `HEAD`.
    func encoded(withBody: Bool, closing: Bool, version: String = "HTTP/1.1") -> Data {
        var head = "HTTP/1.1 \(status) \(Self.reasons[status] ?? "Status")\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n"
        if closing {
            head += "Connection: close\r\n"
        } else if version == "HTTP/1.0" {
            head += "Connection: keep-alive\r\n"
        }
        head += "\r\n"
        return withBody ? Data(head.utf8) + body : Data(head.utf8)
    }

    static let reasons: [Int: String] = [
        200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
        414: "URI Too Long", 431: "Request Header Fields Too Large", 500: "Internal Server Error",
        503: "Service Unavailable",
    ]
}
