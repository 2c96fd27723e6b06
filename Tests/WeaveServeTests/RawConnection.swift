import Foundation

/// A plain TCP connection to the server under test, to send requests as a hostile or slow client
/// would: in pieces, far too long, or never finished.
final class RawConnection {
    let fd: Int32

    init(port: UInt16) throws {
        // A send the server never takes gives up after 10 s instead of hanging the test.
        fd = try HTTPGet.connectLoopback(port: port, timeout: SO_SNDTIMEO, seconds: 10)
    }

    deinit { close(fd) }

    /// Sends all of `bytes`; false when the server closed the connection or stopped taking them.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Foundation.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            sent += n
        }
        return true
    }

    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// Waits up to `timeout` seconds for something to read (data or the end of the connection).
    func readable(within timeout: Double) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, Int32(timeout * 1000)) == 1
    }

    /// Reads what arrives within `timeout` seconds, until the server closes the connection; the
    /// bytes, and whether it was closed (reset counts as closed).
    func readUntilClosed(timeout: Double) -> (data: Data, closed: Bool) {
        var data = Data()
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while readable(within: max(0, deadline.timeIntervalSinceNow)) {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { return (data, true) }
            data.append(contentsOf: buffer[0..<n])
        }
        return (data, false)
    }

    /// One whole response (its head and `Content-Length` bytes of body) read within `timeout`
    /// seconds, or nil.
    func readResponse(timeout: Double) -> HTTPGet.Response? {
        var data = Data()
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while readable(within: max(0, deadline.timeIntervalSinceNow)) {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if let response = HTTPGet.parse(data), response.body.count >= Int(response.headers["content-length"] ?? "0") ?? 0 {
                return response
            }
        }
        return nil
    }
}
