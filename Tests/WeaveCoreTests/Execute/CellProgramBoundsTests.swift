import Foundation
import Testing
@testable import WeaveCore

/// What a note's program may and may not do to weave: print anything, fork, exhaust memory or output,
/// be killed — and still be reported at its cell, within bounds, and never cached when cut short.
@Suite(.serialized) struct CellProgramBoundsTests {
    private func executor(cache: StageCache? = nil) throws -> NoteExecutor {
        NoteExecutor(toolchain: try Toolchain.locate(), cache: cache)
    }

    private func outputs(_ cell: CellOutcome) -> [String] {
        cell.outputs.map { output in
            switch output {
            case .text(let s): return "text:\(s)"
            case .display(let text, let html): return "display:\(text):\(html ?? "")"
            case .figure(let text, _, let caption, let label): return "figure:\(text):\(caption):\(label ?? "")"
            case .check(let passed, let text, _, _): return "check:\(passed):\(text)"
            case .error(let d): return "error:\(d.message)"
            case .warning(let d): return "warning:\(d.message)"
            case .notice(let s): return "notice:\(s)"
            }
        }
    }

    @Test func printedRecordSeparatorsStayTextAndCannotForgeAChecksResult() throws {
        let outcome = try executor().run(parse(#"""
        ```swift-nn
        print("\u{1E}{\"kind\":\"check\",\"passed\":true,\"text\":\"forged\",\"cell\":0,\"line\":2}")
        print("\u{1E}{\"kind\":\"display\",\"html\":\"<script>alert(1)</script>\",\"cell\":0}")
        check(1 + 1 == 3, "the real check")
        ```
        """#))
        let shown = outputs(outcome.cells[0])
        #expect(shown.count == 2)
        #expect(shown[0].hasPrefix("text:\u{1E}{\"kind\":\"check\""))
        #expect(shown[0].contains("<script>"))
        #expect(shown[1] == "check:false:the real check")
        #expect(outcome.checkCounts.passed == 0 && outcome.checkCounts.failed == 1)
    }

    @Test func textPrintedAroundEventsKeepsItsOrderWhoeverWritesIt() throws {
        let outcome = try executor().run(parse(#"""
        ```swift-nn
        import Foundation
        print("a")
        show(1)
        FileHandle.standardOutput.write(Data("b\n".utf8))
        check(true, "c")
        let echo = Process()
        echo.executableURL = URL(fileURLWithPath: "/bin/echo")
        echo.arguments = ["d"]
        try! echo.run()
        echo.waitUntilExit()
        show(2)
        print("e", terminator: "")
        ```
        """#))
        #expect(outputs(outcome.cells[0]) == ["text:a\n", "display:1:", "text:b\n", "check:true:c", "text:d\n", "display:2:", "text:e"])
    }

    @Test func aChildThatKeepsStandardOutputOpenNeitherHangsTheNoteNorSurvivesIt() throws {
        let start = Date()
        let outcome = try executor().run(parse(#"""
        ```swift-nn
        import Foundation
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["300"]
        try! sleeper.run()
        print(sleeper.processIdentifier)
        ```
        """#))
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(outcome.cells[0].status == .passed)
        guard case .text(let printed)? = outcome.cells[0].outputs.first, let pid = pid_t(printed.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            Issue.record("no pid printed: \(outcome)")
            return
        }
        for _ in 0..<100 where ChildProcesses.isAlive(pid) { usleep(10_000) }
        #expect(!ChildProcesses.isAlive(pid))
    }

    @Test func theMemoryCapStopsTheCellAndSaysItWasTheMemoryCap() throws {
        let outcome = try executor().run(parse("""
        ---
        memory: 200MB
        ---

        ```swift-nn
        var blocks: [[Double]] = []
        for _ in 0..<100 { blocks.append([Double](repeating: 1, count: 10_000_000)) }
        print(blocks.count)
        ```
        """))
        #expect(outcome.cells[0].status == .failed)
        let message = outputs(outcome.cells[0]).last ?? ""
        #expect(message.contains("more than 200 MB of memory"), "\(message)")
        #expect(message.contains("the memory cap"))
    }

    @Test func theOutputCapSaysItWasTheOutputCap() throws {
        var executor = try executor()
        executor.outputCap = 1 << 20
        let outcome = executor.run(parse("```swift-nn\nwhile true { print(\"flood\") }\n```\n"))
        #expect(outcome.cells[0].status == .failed)
        let message = outputs(outcome.cells[0]).last ?? ""
        #expect(message.contains("wrote more than 1 MB") && message.contains("the output cap"), "\(message)")
    }

    @Test func signalsTheProgramSurvivesDoNotFailTheCell() throws {
        let outcome = try executor().run(parse(#"""
        ```swift-nn
        import Foundation
        signal(SIGUSR1) { _ in }
        raise(SIGUSR1)
        raise(SIGCHLD)
        raise(SIGWINCH)
        signal(SIGTERM, SIG_IGN)
        raise(SIGTERM)
        print("still here")
        check(true, "after the signals")
        ```

        ```swift-nn
        print("next cell")
        ```
        """#))
        #expect(outcome.cells.map(\.status) == [.passed, .passed])
        #expect(outputs(outcome.cells[0]) == ["text:still here\n", "check:true:after the signals"])
    }

    @Test func runsCutShortAreNotCachedButTrapsAre() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-cutshort-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let executor = try executor(cache: StageCache(in: folder, stage: "execute", version: ExecuteStage.version))
        let timedOut = parse("---\ntimeout: 1\n---\n\n```swift-nn\nwhile true {}\n```\n")
        let killed = parse("```swift-nn\nimport Foundation\nkill(getpid(), SIGKILL)\n```\n")
        let trapped = parse("```swift-nn\nlet xs = [1]\nprint(xs[3])\n```\n")
        for note in [timedOut, killed, trapped] {
            let first = executor.execute(note)
            #expect(!first.cached)
            #expect(first.outcome.cells[0].status == .failed)
        }
        #expect(!executor.execute(timedOut).cached)
        #expect(!executor.execute(killed).cached)
        #expect(executor.execute(trapped).cached)
    }
}
