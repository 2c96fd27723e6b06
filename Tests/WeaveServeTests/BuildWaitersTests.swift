import Foundation
import Testing
@testable import WeaveServe

struct BuildWaitersTests {
    /// Waits (up to 10 s) until `waiters` holds `count` requests.
    private func waitForCount(_ waiters: BuildWaiters, _ count: Int) async throws {
        for _ in 0..<1000 where waiters.count != count { try await Task.sleep(nanoseconds: 10_000_000) }
        #expect(waiters.count == count)
    }

    @Test func aFinishedBuildResumesThoseThatWaitedForIt() async throws {
        let waiters = BuildWaiters(limit: 10)
        let early = (0..<3).map { _ in Task { await waiters.wait(after: 0, timeout: 60) } }
        try await waitForCount(waiters, 3)
        let late = Task { await waiters.wait(after: 1, timeout: 60) }
        try await waitForCount(waiters, 4)
        waiters.finished(build: 1)
        for task in early { #expect(await task.value) }
        // The request that had seen build 1 waits on, for build 2.
        try await waitForCount(waiters, 1)
        waiters.finished(build: 2)
        #expect(await late.value)
        #expect(waiters.count == 0)
    }

    @Test func aRequestForAnOlderBuildReturnsAtOnceAndOneWithoutABuildAtItsDeadline() async {
        let waiters = BuildWaiters(limit: 10)
        waiters.finished(build: 3)
        #expect(await waiters.wait(after: 2, timeout: 60))
        #expect(waiters.count == 0)
        #expect(await waiters.wait(after: 3, timeout: 0.05))
        #expect(waiters.count == 0)
    }

    @Test func overTheLimitARequestIsTurnedAwayAndClosingResumesAll() async throws {
        let waiters = BuildWaiters(limit: 2)
        let first = Task { await waiters.wait(after: 0, timeout: 60) }
        let second = Task { await waiters.wait(after: 0, timeout: 60) }
        try await waitForCount(waiters, 2)
        #expect(await waiters.wait(after: 0, timeout: 60) == false)
        waiters.close()
        let (a, b) = (await first.value, await second.value)
        #expect(a && b)
        #expect(await waiters.wait(after: 0, timeout: 60))
    }
}
