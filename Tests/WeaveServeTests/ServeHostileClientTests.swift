import Foundation
import Testing

/// `weave serve` (the built binary) against clients that misbehave: huge or endless request heads,
/// heads sent too slowly, requests for another host name (DNS rebinding), and a thousand idle
/// long polls.
@Suite(.serialized) struct ServeHostileClientTests {
    static let notes = ["x.md": "---\ntitle: X\n---\n\nx text\n"]

    private func request(_ path: String, host: String?) -> String {
        "GET \(path) HTTP/1.1\r\n" + (host.map { "Host: \($0)\r\n" } ?? "") + "\r\n"
    }

    @Test func hugeRequestLinesAndHeadersAreRefusedWithoutHoldingUpOthers() throws {
        let serve = try ServeProcess(notes: Self.notes)
        defer { serve.cleanUp() }
        try serve.start()

        // Two 200 KB request lines per core, all at once (this froze the server for minutes).
        let long = Array("GET /".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 200_000)
            + Array(" HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8)
        var attackers: [RawConnection] = []
        for _ in 0..<(2 * ProcessInfo.processInfo.activeProcessorCount) {
            let attacker = try RawConnection(port: serve.port)
            attacker.send(long)
            attackers.append(attacker)
        }
        let start = Date()
        let page = try serve.get("/x.html")
        let waited = Date().timeIntervalSince(start)
        #expect(page.status == 200 && page.text.contains("x text"))
        #expect(waited < 3, "a normal request waited \(waited) s behind the long request lines")
        for attacker in attackers {
            let answer = attacker.readResponse(timeout: 10)
            #expect(answer?.status == 414)
            #expect(attacker.readUntilClosed(timeout: 5).closed)
        }

        // A 200 KB header field, and too many small ones: 431, and the connection ends.
        let big = try RawConnection(port: serve.port)
        big.send("GET /x.html HTTP/1.1\r\nHost: localhost\r\nX-Big: " + String(repeating: "b", count: 200_000) + "\r\n\r\n")
        #expect(big.readResponse(timeout: 10)?.status == 431)
        #expect(big.readUntilClosed(timeout: 5).closed)
        let many = try RawConnection(port: serve.port)
        many.send("GET /x.html HTTP/1.1\r\nHost: localhost\r\n" + String(repeating: "X-N: 1\r\n", count: 500) + "\r\n")
        #expect(many.readResponse(timeout: 10)?.status == 431)

        // Not HTTP at all: 400.
        let garbage = try RawConnection(port: serve.port)
        garbage.send("\u{16}\u{03}\u{01}hello\r\n\r\n")
        #expect(garbage.readResponse(timeout: 10)?.status == 400)

        // Right after: normal requests are answered.
        #expect(try serve.get("/x.html").status == 200)
        #expect(try serve.get("/").status == 200)
    }

    @Test func aClientTooSlowToSendItsHeadIsDisconnected() throws {
        let serve = try ServeProcess(notes: Self.notes)
        defer { serve.cleanUp() }
        try serve.start("--head-timeout", "1")

        // Silent after connecting, silent in the middle of a head, and a byte every 200 ms (each
        // in time, but the head as a whole not).
        let silent = try RawConnection(port: serve.port)
        let halfway = try RawConnection(port: serve.port)
        halfway.send("GET /x.html HTTP/1.1\r\nHost: loc")
        let trickle = try RawConnection(port: serve.port)
        let start = Date()
        var trickleClosed = false
        for byte in Array("GET /x.html HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".utf8) + [UInt8](repeating: 0x61, count: 100) {
            if !trickle.send([byte]) || trickle.readable(within: 0.2) {
                trickleClosed = trickle.readUntilClosed(timeout: 1).closed
                break
            }
        }
        #expect(trickleClosed)
        #expect(Date().timeIntervalSince(start) < 5)
        for connection in [silent, halfway] {
            let end = connection.readUntilClosed(timeout: 5)
            #expect(end.closed && end.data.isEmpty)
        }

        // A normal client on a kept-alive connection, pausing between requests (less than the timeout).
        let normal = try RawConnection(port: serve.port)
        for _ in 0..<3 {
            normal.send(request("/x.html", host: "localhost"))
            let answer = normal.readResponse(timeout: 5)
            #expect(answer?.status == 200 && answer?.text.contains("x text") == true)
            usleep(300_000)
        }
    }

    @Test func onlyThisMachinesNamesMayBeTheHost() throws {
        let serve = try ServeProcess(notes: Self.notes)
        defer { serve.cleanUp() }
        try serve.start()
        let port = serve.port
        func status(_ host: String?, _ path: String = "/x.html") throws -> Int? {
            let connection = try RawConnection(port: port)
            connection.send(request(path, host: host))
            return connection.readResponse(timeout: 10)?.status
        }
        for host in ["localhost", "localhost:\(port)", "LocalHost:\(port)", "127.0.0.1", "127.0.0.1:\(port)",
                     "[::1]:\(port)", "notes.localhost:\(port)", "localhost.:\(port)"] {
            #expect(try status(host) == 200, "\(host)")
        }
        for host in ["evil.example", "evil.example:\(port)", "localhost.evil.example:\(port)", "127.0.0.1.nip.io:\(port)",
                     "192.168.1.20:\(port)", "localhost:x", "[::1", ""] {
            #expect(try status(host) == 403, "\(host)")
        }
        #expect(try status(nil) == 403, "no Host in HTTP/1.1")
        #expect(try status("evil.example", "/__weave/status?page=x.html") == 403)
        let refused = try RawConnection(port: port)
        refused.send(request("/x.html", host: "evil.example:\(port)"))
        let answer = refused.readResponse(timeout: 10)
        #expect(answer?.text.contains("localhost") == true)
        #expect(answer?.text.contains("x text") == false)
        // Right after, a request for localhost on a new connection works.
        #expect(try status("localhost:\(port)") == 200)
    }

    @Test func listeningOnAllAddressesAlsoAcceptsIPAddresses() throws {
        let serve = try ServeProcess(notes: Self.notes)
        defer { serve.cleanUp() }
        try serve.start("--host", "0.0.0.0")
        let port = serve.port
        func status(_ host: String) throws -> Int? {
            let connection = try RawConnection(port: port)
            connection.send(request("/x.html", host: host))
            return connection.readResponse(timeout: 10)?.status
        }
        #expect(try status("192.168.1.20:\(port)") == 200)
        #expect(try status("[fe80::1]:\(port)") == 200)
        #expect(try status("localhost:\(port)") == 200)
        #expect(try status("evil.example:\(port)") == 403)
    }

    @Test func aThousandIdleLongPollsCostNoCPUAndAllAnswerWhenABuildEnds() throws {
        let serve = try ServeProcess(notes: Self.notes)
        defer { serve.cleanUp() }
        try serve.start()
        let since = try serve.status("x.html").build
        var waiters: [RawConnection] = []
        for _ in 0..<1000 {
            let waiter = try RawConnection(port: serve.port)
            waiter.send(request("/__weave/status?page=x.html&since=\(since)", host: "localhost"))
            waiters.append(waiter)
        }
        usleep(1_000_000)
        #expect(!waiters.contains { $0.readable(within: 0) }, "a long poll answered before any build")

        // Two seconds of 1,000 waiting requests: the old 25 ms polling loop took ~60 ticks here.
        let before = serve.cpuTicks
        usleep(2_000_000)
        let idle = serve.cpuTicks - before
        #expect(idle <= 20, "the server used \(idle) clock ticks of CPU in 2 s with 1,000 idle long polls")

        try serve.write("x.md", Self.notes["x.md"]!.replacingOccurrences(of: "x text", with: "x edited"))
        var answered = 0
        for waiter in waiters {
            guard let answer = waiter.readResponse(timeout: 10), answer.status == 200,
                  let json = try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any] else { continue }
            if json["build"] as? Int == since + 1 { answered += 1 }
        }
        #expect(answered == 1000, "\(answered) of 1,000 long polls answered with the new build\n\(serve.log)")
        #expect(serve.page("/x.html")?.contains("x edited") == true)
    }
}
