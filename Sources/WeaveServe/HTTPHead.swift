import Foundation

/// The head of an HTTP/1.x request: its request line and header fields.
///
/// Header names are kept in lower case; a field sent twice keeps both values, joined by `, `
/// (except `Host`, which must come once).
struct HTTPHead: Equatable, Sendable {
    var method: String
    /// The request target as sent: the path with its percent-escapes, then `?query` if any.
    var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    var version: String
    var headers: [String: String]

    /// Why a head could not be read.
    enum Problem: Error, Equatable {
        /// The request line alone is longer than allowed (414).
        case requestLineTooLong
        /// The whole head, or the number of its fields, is larger than allowed (431).
        case headTooLarge
        /// Not a request weave understands (400), with a short reason.
        case malformed(String)
    }

    /// The target's path, still percent-encoded.
    var path: String { String(target.prefix { $0 != "?" }) }

    /// The target's query items, decoded; a name given twice keeps its first value.
    var query: [String: String] {
        guard let items = URLComponents(string: target)?.queryItems else { return [:] }
        var query: [String: String] = [:]
        for item in items where query[item.name] == nil { query[item.name] = item.value ?? "" }
        return query
    }

    /// Whether the connection may carry another request after this one.
    var keepsAlive: Bool {
        let tokens = (headers["connection"] ?? "").lowercased().split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return version == "HTTP/1.1" ? !tokens.contains("close") : tokens.contains("keep-alive")
    }

    /// Whether a body follows the head (weave reads none, so the connection must end after the answer).
    var hasBody: Bool {
        headers["transfer-encoding"] != nil || (headers["content-length"].map { $0 != "0" } ?? false)
    }

    /// Parses the bytes of a head, up to and including its empty last line. Lines end in CRLF or LF.
    init(parsing bytes: ArraySlice<UInt8>) throws {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            var line = bytes[start..<index]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            start = index + 1
            // Empty lines before the request line are allowed (RFC 9112 §2.2); the first one after it ends the head.
            if line.isEmpty { if lines.isEmpty { continue } else { break } }
            guard !line.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else {
                throw Problem.malformed("control character in the request head")
            }
            lines.append(line)
        }
        guard let requestLine = lines.first else { throw Problem.malformed("no request line") }

        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { throw Problem.malformed("bad request line") }
        method = String(decoding: parts[0], as: UTF8.self)
        target = String(decoding: parts[1], as: UTF8.self)
        version = String(decoding: parts[2], as: UTF8.self)
        guard method.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else {
            throw Problem.malformed("bad method")
        }
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else { throw Problem.malformed("unsupported HTTP version") }
        guard target.hasPrefix("/") else { throw Problem.malformed("the request target must be a path") }

        headers = [:]
        for line in lines.dropFirst() {
            // A line that starts with white space continues the previous field (obsolete line folding): refused.
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), line.first != 0x20, line.first != 0x09 else {
                throw Problem.malformed("bad header line")
            }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
            guard !name.isEmpty, !name.contains(" "), !name.contains("\t") else { throw Problem.malformed("bad header name") }
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if let earlier = headers[name] {
                guard name != "host" else { throw Problem.malformed("more than one Host field") }
                headers[name] = earlier + ", " + value
            } else {
                headers[name] = value
            }
        }
    }
}
