import Foundation
import Testing
@testable import WeaveCore

/// `ChildProcesses`: what a shutdown lets run and what it refuses.
@Suite struct ChildProcessesTests {
    @Test func aStepThatMustNotFollowAShutdownRunsBeforeOneAndNeverAfter() throws {
        let children = ChildProcesses()
        var ran = 0
        try children.unlessStopping { ran += 1 }
        #expect(ran == 1)
        children.terminateAll(grace: 0)
        #expect(throws: ChildProcesses.Stopped.self) { try children.unlessStopping { ran += 1 } }
        #expect(ran == 1, "the step did not run once the shutdown began")
        #expect(throws: ChildProcesses.Stopped.self) {
            _ = try children.launch { Issue.record("no program starts after a shutdown"); throw ChildProcesses.Stopped() }
        }
    }

    @Test func aShutdownWaitsForAStepUnderWay() throws {
        let children = ChildProcesses()
        let stepStarted = DispatchSemaphore(value: 0)
        let order = OrderLog()
        let step = Thread {
            try? children.unlessStopping {
                stepStarted.signal()
                usleep(200_000)
                order.add("step ended")
            }
        }
        step.start()
        stepStarted.wait()
        children.terminateAll(grace: 0)
        order.add("shutdown began")
        #expect(order.entries == ["step ended", "shutdown began"])
    }
}

/// Lines appended from several threads.
private final class OrderLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(line) } }
    var entries: [String] { lock.withLock { lines } }
}
