import Foundation
import Testing

/// The `weave` command line (Sources/weave), run as the built binary in a temporary folder.
@Suite(.serialized) struct CommandLineTests {
    static let passing = "---\ntitle: 甲\n---\n# 甲\n\nSee $x^2$.\n\n```swift-nn\ncheck(1 + 1, equals: 2, \"sum\")\n```\n"
    static let failing = "# 乙\n\n```swift-nn\nlet y = 3\ncheck(Double(y), equals: 4, \"three is four\")\n```\n"
    /// A check in the middle of a line: the failure names the column of the check call’s opening parenthesis (`#column`), past the marker weave inserts.
    static let midLine = "# 丁\n\n```swift-nn\nlet z = 2; check(z == 3, \"z is three\")\n```\n"
    static let texWarning = "# 丙\n\nBroken $\\frac{$ here.\n"

    /// A folder holding `notes/` with the given files; removed by `cleanUp()`.
    struct Workspace {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-cli-\(UUID().uuidString)")

        init(_ notes: [String: String]) throws {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("notes"), withIntermediateDirectories: true)
            for (name, text) in notes { try text.write(to: root.appendingPathComponent("notes/\(name)"), atomically: true, encoding: .utf8) }
        }

        func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) }

        /// Runs `weave arguments…` here; its exit status, standard output and standard error.
        func weave(_ arguments: String...) throws -> (status: Int32, out: String, err: String) { try weave(arguments) }

        /// Runs `weave arguments…` here; its exit status, standard output and standard error.
        func weave(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
            let process = Process()
            process.executableURL = ServeProcess.weave
            process.arguments = arguments
            process.currentDirectoryURL = root
            let out = root.appendingPathComponent(".out"), err = root.appendingPathComponent(".err")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
            process.waitUntilExit()
            return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
        }

        func cleanUp() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func buildIsTheDefaultAndStrictTurnsWarningsIntoFailures() throws {
        let work = try Workspace(["a.md": Self.passing, "c.md": Self.texWarning])
        defer { work.cleanUp() }
        let plain = try work.weave("notes")
        #expect(plain.status == 0, "\(plain.err)")
        #expect(work.exists("build/index.html") && work.exists("build/a.html") && work.exists("build/c.html"))
        #expect(plain.err.contains("notes/a.md: done (1 cell, 1 check;"))
        #expect(plain.err.contains("notes/c.md:3: warning: TeX error"))
        #expect(plain.err.contains("wrote 2 pages"))

        let strict = try work.weave("build", "notes", "--strict", "-o", "strict-site")
        #expect(strict.status != 0)
        #expect(strict.out.contains("notes/c.md:3: error: TeX error"))
    }

    @Test func checkPrintsFailuresAndTheCountsWritesJUnitAndNoSite() throws {
        let work = try Workspace(["a.md": Self.passing, "b.md": Self.failing])
        defer { work.cleanUp() }
        let run = try work.weave("check", "notes", "--junit", "report.xml", "--jobs", "1")
        #expect(run.status == 1)
        #expect(run.out.contains("notes/b.md:5:6: error: check failed: three is four: 3 ≠ 4"))
        // a.md's cell and check pass; b.md's check fails and so does its cell.
        #expect(run.out.split(separator: "\n").last == "2 passed, 2 failed")
        let junit = try String(contentsOf: work.root.appendingPathComponent("report.xml"), encoding: .utf8)
        #expect(junit.contains("<testsuite") && junit.contains("<failure message=\"check failed: three is four"))
        #expect(!work.exists("build"))
    }

    @Test func aCheckFailureNamesTheChecksColumnInTheNote() throws {
        let work = try Workspace(["d.md": Self.midLine])
        defer { work.cleanUp() }
        let run = try work.weave("check", "notes")
        #expect(run.status == 1)
        #expect(run.out.contains("notes/d.md:4:17: error: check failed: z is three"))
    }

    @Test func noCacheRunsCellsAgainAndCleanRemovesSiteAndCache() throws {
        let work = try Workspace(["a.md": Self.passing])
        defer { work.cleanUp() }
        _ = try work.weave("notes")
        #expect(try work.weave("notes").err.contains("notes/a.md: done (1 cell, 1 check; cached)"))
        let fresh = try work.weave("build", "notes", "--no-cache", "-o", "other", "--jobs", "1")
        #expect(fresh.status == 0 && !fresh.err.contains("cached") && work.exists("other/a.html"))
        #expect(work.exists("build") && work.exists(".weave-cache"))
        #expect(try work.weave("clean").status == 0)
        #expect(!work.exists("build") && !work.exists(".weave-cache"))
    }

    @Test func ctrlCStopsTheRunningCellLeavesTheOldSiteAndExits130() throws {
        let work = try Workspace(["a.md": Self.passing])
        defer { work.cleanUp() }
        #expect(try work.weave("notes").status == 0)
        let oldPage = try String(contentsOf: work.root.appendingPathComponent("build/a.html"), encoding: .utf8)
        // The cell writes its process id, then runs for ever.
        let pidFile = work.root.appendingPathComponent("cell.pid").path
        try "# 甲\n\n```swift-nn\ntry! String(getpid()).write(toFile: \"\(pidFile)\", atomically: true, encoding: .utf8)\nwhile true {}\n```\n"
            .write(to: work.root.appendingPathComponent("notes/a.md"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = ServeProcess.weave
        process.arguments = ["build", "notes"]
        process.currentDirectoryURL = work.root
        let log = work.root.appendingPathComponent("interrupted.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: pidFile) && Date() < deadline { usleep(50_000) }
        let cell = try #require(pid_t(try String(contentsOfFile: pidFile, encoding: .utf8)))
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        // The program was signalled before weave exited; give the kernel a moment to finish it off.
        let gone = Date().addingTimeInterval(2)
        while processName(cell) != nil && Date() < gone { usleep(20_000) }
        #expect(processName(cell) == nil, "the cell's program was stopped")
        #expect(try String(contentsOf: work.root.appendingPathComponent("build/a.html"), encoding: .utf8) == oldPage)
        let said = try String(contentsOf: log, encoding: .utf8)
        #expect(said.contains("weave: interrupted"))
        #expect(!said.contains("failed") && !said.contains("wrote"), "the stopped cell is not reported as a result: \(said)")
    }

    @Test func sizesBeyondAnyMachineAndJUnitOverNotesAreRefusedInWords() throws {
        let work = try Workspace(["a.md": Self.passing])
        defer { work.cleanUp() }
        for size in ["inf", "18446744073709551615"] {
            let run = try work.weave("build", "notes", "--memory", size)
            #expect(run.status == 64, "\(size): a usage error, not a trap (132)")
            #expect(run.err.contains("--memory must be a size such as 2GB or 512MB (at most 1 PB), not `\(size)`"))
        }
        let overNote = try work.weave("check", "notes", "--junit", "notes/a.md")
        #expect(overNote.status == 1 && overNote.err.contains("--junit names a file that is not a JUnit report"))
        #expect(try String(contentsOf: work.root.appendingPathComponent("notes/a.md"), encoding: .utf8) == Self.passing)
        #expect(overNote.out.hasSuffix("2 passed, 0 failed\n"), "the results are printed before the report is refused")
    }

    @Test func whatACellStartedInASessionOfItsOwnEndsWithTheBuild() throws {
        // `setsid` puts the process out of reach of the session kill; it ignores SIGTERM, forks a child of its
        // own, and its parent (the shell `system` ran) exits at once, so init would adopt it without weave.
        let work = try Workspace([:])
        defer { work.cleanUp() }
        let pidFile = work.root.appendingPathComponent("escaped.pid").path
        let command = "setsid sh -c 'trap \\\"\\\" TERM HUP INT; echo $$ > \(pidFile); sh -c \\\"sleep 301\\\" & sleep 301' >/dev/null 2>&1 </dev/null &"
        let note = "# 逃\n\n```swift-nn\nimport Foundation\n_ = system(\"\(command)\")\nwhile !FileManager.default.fileExists(atPath: \"\(pidFile)\") { usleep(10_000) }\nusleep(100_000)\n```\n"
        try note.write(to: work.root.appendingPathComponent("notes/a.md"), atomically: true, encoding: .utf8)
        let run = try work.weave("build", "notes")
        #expect(run.status == 0, "\(run.err)")
        let escaped = try #require(pid_t(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        // Killed and reaped before weave exited; give /proc a moment all the same.
        let gone = Date().addingTimeInterval(2)
        while processName(escaped) != nil && Date() < gone { usleep(20_000) }
        #expect(processName(escaped) == nil, "the process that left the session outlived weave")
        let sleepers = try FileManager.default.contentsOfDirectory(atPath: "/proc").compactMap(pid_t.init).filter { (try? String(contentsOfFile: "/proc/\($0)/cmdline", encoding: .utf8))?.contains("sleep\u{0}301") == true && processName($0) != nil }
        #expect(sleepers.isEmpty, "its children too: \(sleepers)")
    }

    @Test func helpExplainsEachCommandAndOption() throws {
        let work = try Workspace([:])
        defer { work.cleanUp() }
        let top = try work.weave("--help")
        for command in ["build", "check", "serve", "clean"] { #expect(top.out.contains(command), "\(command)") }
        let build = try work.weave("build", "--help")
        for option in ["--output", "--jobs", "--no-cache", "--strict"] { #expect(build.out.contains(option), "\(option)") }
        #expect(try work.weave("check", "--help").out.contains("--junit"))
        for command in ["build", "check", "serve"] {
            let help = try work.weave(command, "--help").out.replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: "  ", with: " ")
            #expect(help.contains("--memory") && !help.contains("cores). (default:"), "\(command): the default is said once")
        }
        let empty = try work.weave("notes")
        #expect(empty.status != 0 && empty.err.contains("notes"))
    }
}
