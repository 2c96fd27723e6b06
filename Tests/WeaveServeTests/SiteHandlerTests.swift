import Foundation
import Testing
@testable import WeaveServe

struct SiteHandlerTests {
    private func head(_ target: String, method: String = "GET") throws -> HTTPHead {
        try HTTPHead(parsing: ArraySlice(Array("\(method) \(target) HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8)))
    }

    @Test func whenTooManyLongPollsWaitTheNextIsAskedToComeBackLater() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-handler-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = LiveSite(root: root, maxWaiters: 1)
        try site.publish(["index.html": Data("<body></body>".utf8)], errors: [])
        let handler = SiteHandler(site: site, longPoll: 60)
        let waiting = Task { await handler.reply(to: try head("/__weave/status?page=index.html&since=1")) }
        for _ in 0..<1000 where site.waiters.count == 0 { try await Task.sleep(nanoseconds: 10_000_000) }
        let busy = await handler.reply(to: try head("/__weave/status?page=index.html&since=1"))
        #expect(busy.status == 503)
        #expect(busy.headers.contains { $0.name == "Retry-After" })
        // Without `since`, the status is answered at once; a build answers the waiting request.
        #expect(await handler.reply(to: try head("/__weave/status?page=index.html")).status == 200)
        site.fail(errors: ["notes/x.md:1: error: e"])
        let answer = try await waiting.value
        #expect(answer.status == 200)
        #expect(String(decoding: answer.body, as: UTF8.self).contains(#""build":2"#))
    }

    @Test func onlyGetAndHeadAreAnswered() async throws {
        let site = LiveSite(root: FileManager.default.temporaryDirectory.appendingPathComponent("weave-none-\(UUID().uuidString)"))
        let reply = await SiteHandler(site: site).reply(to: try head("/", method: "POST"))
        #expect(reply.status == 405)
        #expect(reply.headers.contains { $0.name == "Allow" && $0.value == "GET, HEAD" })
    }
}
