/// Reads request heads from a connection's bytes, within fixed limits and in time linear in the bytes.
///
/// Each byte is looked at once while searching for the end of the head; the reader stops as soon as
/// the request line or the head is over its limit, so one connection never holds more than
/// `limits.head` bytes or costs more than a pass over them. Bytes after a head (a pipelined request)
/// are kept for the next call.
struct RequestHeadReader {
    struct Limits: Sendable {
        /// Bytes in the request line (method, target, version), not counting its line end.
        var requestLine = 8 * 1024
        /// Bytes in the whole head, line ends included.
        var head = 32 * 1024
        /// Header fields in one head.
        var fields = 100
    }

    let limits: Limits
    private var buffer: [UInt8] = []

    init(limits: Limits = Limits()) { self.limits = limits }

    /// The next head, reading more bytes with `read` as needed (`read` throws, or returns no bytes,
    /// when the connection ends). Throws `HTTPHead.Problem` for a head over the limits or malformed.
    mutating func next(read: () async throws -> [UInt8]) async throws -> HTTPHead {
        var scanned = 0
        var lineStart = 0
        var requestLineEnded = false
        var fields = 0
        while true {
            while scanned < buffer.count {
                defer { scanned += 1 }
                guard buffer[scanned] == UInt8(ascii: "\n") else { continue }
                let length = scanned - lineStart - (scanned > lineStart && buffer[scanned - 1] == UInt8(ascii: "\r") ? 1 : 0)
                lineStart = scanned + 1
                if !requestLineEnded {
                    // Empty lines before the request line are skipped (they count towards the head's size).
                    guard length > 0 else { continue }
                    guard length <= limits.requestLine else { throw HTTPHead.Problem.requestLineTooLong }
                    requestLineEnded = true
                } else if length == 0 {
                    let head = try HTTPHead(parsing: buffer[0...scanned])
                    buffer.removeFirst(scanned + 1)
                    return head
                } else {
                    fields += 1
                    guard fields <= limits.fields else { throw HTTPHead.Problem.headTooLarge }
                }
            }
            if !requestLineEnded && buffer.count - lineStart > limits.requestLine + 1 { throw HTTPHead.Problem.requestLineTooLong }
            if buffer.count > limits.head { throw HTTPHead.Problem.headTooLarge }
            let bytes = try await read()
            guard !bytes.isEmpty else { throw Closed() }
            buffer += bytes
        }
    }

    /// The connection ended before a whole head arrived.
    struct Closed: Error {}
}
