import CSystem
import Foundation
import Testing
@testable import WeaveCore

/// `SessionMemory` and the session scan under it (`weave_session_members`, `weave_kill_session`).
@Suite struct SessionMemoryTests {
    /// Starts a shell that forks `children` sleepers, each told to stay in the session; returns once all run.
    private func sessionWithChildren(_ children: Int) throws -> ProgramLaunch {
        let launch = try ProgramLaunch.start("/bin/sh", ["-c", "i=0; while [ $i -lt \(children) ]; do sleep 60 & i=$((i+1)); done; echo ready; wait"],
                                             directory: nil, environment: nil, eventChannel: false, addressSpaceLimit: 0)
        var ready = [UInt8](repeating: 0, count: 16)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline && read(launch.output, &ready, ready.count) <= 0 { usleep(10_000) }
        return launch
    }

    /// Ends the session and reaps the shell: a zombie child of the test process would keep Swift Testing's
    /// wait thread spinning for the rest of the run.
    private func end(_ launch: ProgramLaunch) {
        launch.endSession()
        var status: Int32 = 0
        while waitpid(launch.pid, &status, 0) < 0 && errno == EINTR {}
        launch.close()
    }

    @Test func everyMemberOfABigSessionIsListedAndKilled() throws {
        // More members than the first list holds (64): the list grows and is read again.
        let launch = try sessionWithChildren(100)
        defer { end(launch) }
        let members = SessionMemory.members(ofSession: launch.pid)
        // The shell, its 100 sleepers and the watchdog.
        #expect(members.count == 102, "\(members.count)")
        #expect(members.contains(launch.pid))
        #expect(Set(members).count == members.count)
        #expect(weave_kill_session(launch.pid, SIGKILL) == 102)
        let gone = Date().addingTimeInterval(5)
        while members.contains(where: ChildProcesses.isAlive) && Date() < gone { usleep(10_000) }
        #expect(!members.contains(where: ChildProcesses.isAlive))
    }

    @Test func theResidentSizeCountsTheChildren() throws {
        let alone = try sessionWithChildren(0)
        defer { end(alone) }
        let crowded = try sessionWithChildren(20)
        defer { end(crowded) }
        var one = SessionMemory(leader: alone.pid), many = SessionMemory(leader: crowded.pid)
        let small = one.residentBytes(), large = many.residentBytes()
        #expect(small > 0)
        // Each sleeper holds some hundred kilobytes resident at least.
        #expect(large > small + 20 * 100_000, "\(small) \(large)")
    }
}
