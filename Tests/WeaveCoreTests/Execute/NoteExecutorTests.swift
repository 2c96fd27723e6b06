import Foundation
import Testing
@testable import WeaveCore

/// Runs a note's cells with the modules this test binary was built with, without a cache.
private func run(_ markdown: String) throws -> NoteOutcome {
    let toolchain = try Toolchain.locate()
    return NoteExecutor(toolchain: toolchain, cache: nil).run(parse(markdown))
}

private func texts(_ outcome: CellOutcome) -> [String] {
    outcome.outputs.map { output in
        switch output {
        case .text(let s): return "text:\(s)"
        case .display(let text, _): return "display:\(text)"
        case .figure(let text, _, let caption, let label): return "figure:\(text):\(caption):\(label ?? "")"
        case .check(let passed, let text, let line, _): return "check:\(passed):\(line):\(text)"
        case .error(let d): return "error:\(d)"
        case .warning(let d): return "warning:\(d)"
        case .notice(let s): return "notice:\(s)"
        }
    }
}

@Suite(.serialized) struct NoteExecutorTests {
    @Test func cellsShareStateAndShowTheirOutputInOrder() throws {
        let outcome = try run("""
        # T

        ```swift-nn
        let x: Tensor = [[1, 2], [3, 4]]
        print("sum", x.sum().item())
        ```

        Prose.

        ```swift-nn
        let y = x.matmul(x)
        check(y[0, 0].item(), equals: 7, "first entry")
        y.shape
        ```
        """)
        #expect(outcome.cells.map(\.status) == [.passed, .passed])
        #expect(texts(outcome.cells[0]) == ["text:sum 10.0\n"])
        #expect(texts(outcome.cells[1]) == ["check:true:12:first entry: 7 ≈ 7 (tolerance 1e-09)", "display:[2, 2]"])
    }

    @Test func aValueShownWithACaptionIsAFigureWithItsLabel() throws {
        let outcome = try run("""
        ```swift-nn
        let chart = Chart(title: "t", x: "x", y: "y") { Line("a", x: [0.0, 1], y: [1.0, 2]) }
        show(chart, caption: "上升的线", label: " fig:up ")
        show(42, caption: "一个数")
        show(7)
        ```
        """)
        #expect(outcome.cells[0].status == .passed)
        #expect(texts(outcome.cells[0]).dropFirst() == ["figure:42:一个数:", "display:7"])
        guard case .figure(_, let html?, "上升的线", "fig:up")? = outcome.cells[0].outputs.first else {
            Issue.record("not a chart figure labelled fig:up: \(outcome.cells[0].outputs.first.map { "\($0)" } ?? "nothing")")
            return
        }
        #expect(html.hasPrefix("<svg"))
    }

    @Test func aTrapInCellThreeKeepsEarlierOutputsAndMarksLaterCellsNotRun() throws {
        let cells = (1...5).map { i in
            i == 3 ? "```swift-nn\nlet bad = [1, 2, 3]\nprint(bad[7])\n```" : "```swift-nn\nprint(\"cell \(i)\")\n```"
        }
        let outcome = try run(cells.joined(separator: "\n\n"))
        #expect(outcome.cells.map(\.status) == [.passed, .passed, .failed, .notRun, .notRun])
        #expect(texts(outcome.cells[0]) == ["text:cell 1\n"])
        let error = texts(outcome.cells[2]).last ?? ""
        #expect(error.hasPrefix("error:notes/test.md:11:1: error: trap: Index out of range"))
    }

    @Test func aCompileErrorPointsAtTheNotesLine() throws {
        let outcome = try run("Intro\n\n```swift-nn\nlet a = 1\nlet b = undefinedName + a\n```\n")
        #expect(outcome.cells[0].status == .failed)
        #expect(texts(outcome.cells[0]).contains { $0.hasPrefix("error:notes/test.md:5:9: error: cannot find 'undefinedName' in scope") })
    }

    @Test func compileErrorColumnsAreTheNotesAroundInsertedCode() throws {
        let outcome = try run("```swift-nn\nlet a = 1; _ = a + undefinedOne\n  [undefinedThree,\n   a].count + undefinedTwo // sum\n```\n")
        let errors = texts(outcome.cells[0]).filter { $0.hasPrefix("error:") }
        #expect(errors.contains { $0.hasPrefix("error:notes/test.md:2:20: error: cannot find 'undefinedOne' in scope") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("error:notes/test.md:3:4: error: cannot find 'undefinedThree' in scope") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("error:notes/test.md:4:15: error: cannot find 'undefinedTwo' in scope") }, "\(errors)")
    }

    @Test func engineShapeErrorsNameTheCellLine() throws {
        let outcome = try run("```swift-nn\nlet a = Tensor.zeros([2, 3])\nlet b = Tensor.zeros([4, 5])\nlet c = a.matmul(b)\n```\n")
        #expect(outcome.cells[0].status == .failed)
        let error = texts(outcome.cells[0]).last ?? ""
        #expect(error == "error:notes/test.md:4:1: error: matmul: shapes [2, 3] and [4, 5] do not fit (inner sizes must match)")
    }

    @Test func aStopNamesTheColumnOfTheStatementThatStopped() throws {
        let outcome = try run("```swift-nn\nlet xs = [1, 2]\n    let y = xs[5]\n```\n")
        #expect(texts(outcome.cells[0]).last?.hasPrefix("error:notes/test.md:3:5: error: trap: Index out of range") == true,
                "\(texts(outcome.cells[0]))")
    }

    @Test func operatorShapeErrorsPointAtTheStatementsLine() throws {
        let outcome = try run("```swift-nn\nlet a = Tensor.zeros([2, 3])\nlet d = a + Tensor.zeros([4])\n```\n")
        #expect(texts(outcome.cells[0]).last == "error:notes/test.md:3:1: error: add: shapes [2, 3] and [4] cannot be broadcast together")
    }

    @Test func failsCellsPassOnlyWhenTheyFail() throws {
        let outcome = try run("""
        ```swift-nn fails
        check(1 + 1 == 3, "arithmetic is broken")
        ```

        ```swift-nn fails
        fatalError("stop")
        ```

        ```swift-nn
        print("still runs")
        ```

        ```swift-nn fails
        print("fine")
        ```
        """)
        #expect(outcome.cells.map(\.status) == [.passed, .passed, .passed, .failed])
        #expect(texts(outcome.cells[2]) == ["text:still runs\n"])
    }

    @Test func exitAndTimeoutAreReported() throws {
        let exited = try run("```swift-nn\nexit(3)\n```\n\n```swift-nn\nprint(1)\n```\n")
        #expect(exited.cells.map(\.status) == [.failed, .notRun])
        #expect(texts(exited.cells[0]).last?.contains("exit status 3") == true)

        let looping = try run("---\ntimeout: 2\n---\n\n```swift-nn\nwhile true {}\n```\n")
        #expect(looping.cells[0].status == .failed)
        #expect(texts(looping.cells[0]).last?.contains("did not finish within 2 s") == true)
    }

    @Test func floodedOutputIsCappedAndSaidSo() throws {
        let outcome = try run("```swift-nn\nlet line = String(repeating: \"x\", count: 999)\nfor _ in 0..<100_000 { print(line) }\n```\n\n```swift-nn\nprint(\"after\")\n```\n")
        #expect(outcome.cells.map(\.status) == [.passed, .passed])
        #expect(texts(outcome.cells[1]).first == "text:after\n")
        let all = texts(outcome.cells[0]) + texts(outcome.cells[1])
        #expect(all.contains { $0.hasPrefix("notice:output truncated") })
    }
}

@Suite(.serialized) struct CachedExecutionTests {
    func cache(_ notes: TemporaryNotes) -> StageCache {
        StageCache(in: notes.root.appendingPathComponent("cache"), stage: "execute", version: ExecuteStage.version)
    }

    @Test func proseEditsKeepTheKeyButCellAndDataEditsRerun() throws {
        let notes = try TemporaryNotes([
            "a.md": "# A\n\nProse.\n\n```swift-nn\nlet text = try! String(contentsOfFile: \"data.txt\", encoding: .utf8)\nprint(text)\n```\n",
            "data.txt": "first",
        ])
        defer { notes.cleanUp() }
        let toolchain = try Toolchain.locate()
        let executor = NoteExecutor(toolchain: toolchain, cache: cache(notes))
        func load() throws -> Note { try Course.load([notes.notes]).notes[0] }
        let first = executor.execute(try load())
        #expect(!first.cached && first.outcome.cells.first?.outputs.first == .text("first\n"))

        let file = notes.root.appendingPathComponent("notes/a.md")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "Prose.", with: "Other prose.")
            .write(to: file, atomically: true, encoding: .utf8)
        let afterProse = executor.execute(try load())
        #expect(afterProse.key == first.key && afterProse.cached)

        // Cells run in the note's folder, so the relative path reads the note's data file.
        try "second".write(to: notes.root.appendingPathComponent("notes/data.txt"), atomically: true, encoding: .utf8)
        let afterData = executor.execute(try load())
        #expect(afterData.key == first.key && !afterData.cached)
        #expect(afterData.outcome.cells.first?.outputs.first == .text("second\n"))
        #expect(executor.execute(try load()).cached)

        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "print(text)", with: "print(text, text)")
            .write(to: file, atomically: true, encoding: .utf8)
        let afterCell = executor.execute(try load())
        #expect(afterCell.key != first.key && !afterCell.cached)
    }

    /// Undoing a cell edit finds the outcome the cells had before it, without running them again.
    @Test func undoingAnEditIsAHitAndOldOutcomesArePrunedToAFew() throws {
        let notes = try TemporaryNotes(["a.md": "```swift-nn\nprint(0)\n```\n"])
        defer { notes.cleanUp() }
        let cache = cache(notes)
        let executor = NoteExecutor(toolchain: try Toolchain.locate(), cache: cache)
        let file = notes.root.appendingPathComponent("notes/a.md")
        func run(_ value: Int) throws -> NoteExecutor.Execution {
            try "```swift-nn\nprint(\(value))\n```\n".write(to: file, atomically: true, encoding: .utf8)
            let execution = executor.execute(try Course.load([notes.notes]).notes[0])
            cache.prune(keeping: [execution.key!])   // as a build does after its notes
            return execution
        }
        #expect(try !run(0).cached)
        #expect(try !run(1).cached)
        let undone = try run(0)
        #expect(undone.cached && undone.outcome.cells.first?.outputs.first == .text("0\n"))
        for value in 2...5 { _ = try run(value) }
        // The current outcome and the three used most recently before it (5; 4, 3, 2): 0 and 1 are gone.
        let kept = try FileManager.default.contentsOfDirectory(atPath: cache.folder.path)
        #expect(kept.count == 1 + StageCache.earlierKept)
        #expect(try run(4).cached)
        #expect(try !run(1).cached)
    }

    @Test func aDataFileThatAppearsLaterRerunsTheNote() throws {
        let notes = try TemporaryNotes([
            "a.md": "```swift-nn\nprint(FileManager.default.fileExists(atPath: \"later.csv\"))\n```\n",
        ])
        defer { notes.cleanUp() }
        let executor = NoteExecutor(toolchain: try Toolchain.locate(),
                                    cache: cache(notes))
        func load() throws -> Note { try Course.load([notes.notes]).notes[0] }
        #expect(executor.execute(try load()).outcome.cells.first?.outputs.first == .text("false\n"))
        #expect(executor.execute(try load()).cached)
        try "x,y".write(to: notes.root.appendingPathComponent("notes/later.csv"), atomically: true, encoding: .utf8)
        let after = executor.execute(try load())
        #expect(!after.cached && after.outcome.cells.first?.outputs.first == .text("true\n"))
    }
}
