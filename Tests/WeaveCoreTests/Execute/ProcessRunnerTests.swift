import CellProtocol
import Foundation
import Testing
@testable import WeaveCore

/// Whether a process exists and has not ended (a zombie has ended).
private func alive(_ pid: pid_t) -> Bool { ChildProcesses.isAlive(pid) }

/// The pids a program printed, one per line.
private func pids(_ result: ProcessRunner.Result) -> [pid_t] {
    String(decoding: result.standardOutput, as: UTF8.self).split(separator: "\n").compactMap { pid_t($0) }
}

/// Waits up to a second for `pids` to be gone (a killed process disappears asynchronously).
private func allGone(_ pids: [pid_t]) -> Bool {
    for _ in 0..<100 where pids.contains(where: alive) { usleep(10_000) }
    return !pids.contains(where: alive)
}

@Suite struct ProcessRunnerTests {
    @Test func aChildHoldingStandardOutputOpenDoesNotKeepTheRunGoingAndDies() throws {
        let result = try ProcessRunner(timeout: 30).run("/bin/sh", ["-c", "sleep 100 & echo $!; echo done"])
        #expect(result.termination == .exited(0))
        #expect(result.seconds < 10)
        #expect(String(decoding: result.standardOutput, as: UTF8.self).hasSuffix("done\n"))
        #expect(pids(result).count == 1 && allGone(pids(result)))
    }

    @Test func aProgramThatClosesItsOutputAndLoopsIsStoppedAtTheTimeout() throws {
        let result = try ProcessRunner(timeout: 1).run("/bin/sh", ["-c", "exec >&- 2>&-; while :; do :; done"])
        #expect(result.termination == .timedOut)
        #expect(result.seconds < 5)
    }

    @Test func theTimeoutKillsEveryProcessTheProgramStartedEvenInOtherGroups() throws {
        // The second child moves itself into a process group of its own, as job control would.
        let script = """
        import os, sys, time
        for own_group in (False, True):
            pid = os.fork()
            if pid == 0:
                if own_group: os.setpgid(0, 0)
                time.sleep(100)
                os._exit(0)
            print(pid, flush=True)
        time.sleep(100)
        """
        let result = try ProcessRunner(timeout: 1.5).run("/usr/bin/python3", ["-c", script])
        #expect(result.termination == .timedOut)
        #expect(pids(result).count == 2)
        #expect(allGone(pids(result)))
    }

    @Test func theMemoryCapCoversTheWholeProcessGroup() throws {
        // Two processes of 150 MB each: neither passes a 200 MB cap alone, together they do.
        let script = "import os, time\nos.fork()\nblock = b'x' * (150 << 20)\ntime.sleep(30)\n"
        let result = try ProcessRunner(timeout: 20, memoryCap: 200 << 20).run("/usr/bin/python3", ["-c", script])
        #expect(result.termination == .memoryCapExceeded)
        #expect(result.peakMemory > 200 << 20)
        #expect(result.seconds < 10)
    }

    @Test func weavesOwnMemoryDoesNotCountAgainstTheCap() throws {
        // The session's watchdog is a fork of this (large) process; its pages are weave's, not the program's.
        var ballast = [UInt8](repeating: 1, count: 300 << 20)
        ballast[ballast.count - 1] = 2
        let result = try ProcessRunner(timeout: 20, memoryCap: 200 << 20).run("/bin/sh", ["-c", "sleep 0.5; echo fine"])
        #expect(result.termination == .exited(0), "peak \(result.peakMemory)")
        #expect(ballast.last == 2)
    }

    @Test func runsThatWereCutShortAreNotFinal() throws {
        let killed = try ProcessRunner(timeout: 10).run("/bin/sh", ["-c", "kill -9 $$"])
        #expect(killed.termination == .signaled(SIGKILL))
        #expect(!killed.termination.isFinal)
        let trapped = try ProcessRunner(timeout: 10).run("/bin/sh", ["-c", "kill -ABRT $$"])
        #expect(trapped.termination == .signaled(SIGABRT))
        #expect(trapped.termination.isFinal)
        #expect(ProcessRunner.Termination.exited(3).isFinal)
        #expect(!ProcessRunner.Termination.timedOut.isFinal)
        #expect(!ProcessRunner.Termination.memoryCapExceeded.isFinal)
    }

    @Test func theOutputCapStopsAFloodAndSaysSo() throws {
        let result = try ProcessRunner(timeout: 30, outputCap: 1000, killAfterBytes: 1 << 20)
            .run("/bin/sh", ["-c", "yes flood"])
        #expect(result.termination == .outputCapExceeded)
        #expect(result.standardOutput.count == 1000)
        #expect(result.droppedOutputBytes > 0)
    }

    @Test func aProgramOutlivesItsWatchdogsWaitWhenWeaveHasManyDescriptorsOpen() throws {
        // The lifeline then gets a high descriptor number; the watchdog must still wait on it.
        var held: [Int32] = []
        for _ in 0..<100 { held.append(open("/dev/null", O_RDONLY | O_CLOEXEC)) }
        defer { held.forEach { close($0) } }
        let result = try ProcessRunner(timeout: 10).run("/bin/sh", ["-c", "sleep 0.3; echo alive"])
        #expect(result.termination == .exited(0))
        #expect(result.standardOutput == Data("alive\n".utf8))
    }

    @Test func aProgramThatCannotStartIsAnErrorInWords() {
        #expect {
            try ProcessRunner(timeout: 5).run("/nonexistent/program", [])
        } throws: { "\($0)" == "could not start /nonexistent/program: No such file or directory" }
    }

    @Test func programsGetOnlyTheirOwnDescriptorsAndDefaultSignals() throws {
        // weave ignores SIGINT and SIGTERM while it runs; a child must not inherit that.
        signal(SIGTERM, SIG_IGN)
        defer { signal(SIGTERM, SIG_DFL) }
        let result = try ProcessRunner(timeout: 10).run("/bin/sh", ["-c", "ls /proc/self/fd | wc -l; grep SigIgn /proc/self/status"])
        let lines = String(decoding: result.standardOutput, as: UTF8.self).split(separator: "\n")
        // 0, 1, 2 and the descriptor `ls` opens to read the folder.
        #expect(lines.first.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } == 4)
        // Signals 1–31; glibc keeps 32 and 33 for itself and sets them up again in every program.
        let ignored = lines.last.flatMap { UInt64($0.split(separator: "\t").last ?? "", radix: 16) }
        #expect(ignored.map { $0 & 0x7FFF_FFFF } == 0, "\(lines)")
    }

    /// A program that stops reading receipts before weave answers its event: weave's answer meets a
    /// closed channel, which must cost weave nothing (a pipe would raise SIGPIPE and end weave).
    @Test func aReceiptNobodyReadsDoesNotEndWeave() throws {
        let frame = FileManager.default.temporaryDirectory.appendingPathComponent("weave-frame-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: frame) }
        let event = CellEvent.begin(cell: 0)
        try Data(EventFrame(event, payload: Array(try JSONEncoder().encode(event))).bytes).write(to: frame)
        var runner = ProcessRunner(timeout: 10)
        runner.eventChannel = true
        let result = try runner.run("/bin/sh", ["-c", "exec 4<&-; cat '\(frame.path)' >&3; sleep 0.5; echo done"])
        #expect(result.termination == .exited(0))
        #expect(String(decoding: result.standardOutput, as: UTF8.self).contains("done"))
    }
}

@Suite struct WorkFoldersTests {
    @Test func foldersOfWeaveProcessesThatAreGoneAreRemoved() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("weave-workfolders-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        // A pid that certainly ended: a finished child's.
        let finished = try ProcessRunner(timeout: 5).run("/bin/sh", ["-c", "echo $$"])
        let dead = pids(finished)[0]
        let names = ["weave-run-\(dead)-A", "weave-run-\(getpid())-B", "weave-run-1-C", "weave-run-notapid-D", "weave-\(dead)-E"]
        for name in names {
            try FileManager.default.createDirectory(at: parent.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        #expect(WorkFolders.removeStale(in: parent) == ["weave-run-\(dead)-A"])
        let left = try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted()
        #expect(left == names.dropFirst().sorted())
    }

    @Test func aNewFolderIsNamedAfterThisProcess() throws {
        let folder = try WorkFolders.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(folder.lastPathComponent.hasPrefix("weave-run-\(getpid())-"))
    }
}
