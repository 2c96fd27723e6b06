import Foundation
import Testing

/// A note's program, and what it forks, end with weave — even when weave is killed with SIGKILL — and
/// the next weave removes the temporary folder the killed one left.
@Suite(.serialized) struct CellProgramLifetimeTests {
    @Test func killingWeaveKillsTheCellProgramAndItsChildrenAndTheNextRunTidiesUp() throws {
        let work = try CommandLineTests.Workspace([:])
        defer { work.cleanUp() }
        let pidFile = work.root.appendingPathComponent("pids.txt").path
        // The cell starts a child that would sleep for five minutes, writes both pids, then loops.
        let note = """
        # 长

        ```swift-nn
        import Foundation
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["300"]
        try! sleeper.run()
        try! "\\(getpid()) \\(sleeper.processIdentifier)".write(toFile: "\(pidFile)", atomically: true, encoding: .utf8)
        while true { usleep(1000) }
        ```
        """
        try note.write(to: work.root.appendingPathComponent("notes/a.md"), atomically: true, encoding: .utf8)
        let weave = Process()
        weave.executableURL = ServeProcess.weave
        weave.arguments = ["check", "notes", "--no-cache"]
        weave.currentDirectoryURL = work.root
        weave.standardError = FileHandle.nullDevice
        weave.standardOutput = FileHandle.nullDevice
        try weave.run()
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: pidFile) && Date() < deadline { usleep(50_000) }
        let pids = try String(contentsOfFile: pidFile, encoding: .utf8).split(separator: " ").compactMap { pid_t($0) }
        try #require(pids.count == 2)
        #expect(pids.allSatisfy { processName($0) != nil })
        let temporary = FileManager.default.temporaryDirectory
        let leftBehind = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
            .filter { $0.hasPrefix("weave-run-\(weave.processIdentifier)-") }
        #expect(leftBehind.count == 1)

        kill(weave.processIdentifier, SIGKILL)
        weave.waitUntilExit()
        let gone = Date().addingTimeInterval(5)
        while pids.contains(where: { processName($0) != nil }) && Date() < gone { usleep(20_000) }
        #expect(pids.allSatisfy { processName($0) == nil }, "the cell's program and its child died with weave")

        try "# 短\n".write(to: work.root.appendingPathComponent("notes/a.md"), atomically: true, encoding: .utf8)
        try "# 二\n\n```swift-nn\nprint(1)\n```\n".write(to: work.root.appendingPathComponent("notes/b.md"), atomically: true, encoding: .utf8)
        #expect(try work.weave("check", "notes", "--no-cache").status == 0)
        for name in leftBehind {
            #expect(!FileManager.default.fileExists(atPath: temporary.appendingPathComponent(name).path))
        }
    }
}
