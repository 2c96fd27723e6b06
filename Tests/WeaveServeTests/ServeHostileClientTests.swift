import Foundation
import Testing

/// `weave serve` (the built binary) against clients that misbehave: a thousand idle long polls.
@Suite(.serialized) struct ServeHostileClientTests {
    static let notes = ["x.md": "---\ntitle: X\n---\n\nx text\n"]

    private func request(_ path: String, host: String?) -> String {
        "GET \(path) HTTP/1.1\r\n" + (host.map { "Host: \($0)\r\n" } ?? "") + "\r\n"
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
