import CellProtocol
import Foundation
import Testing
@testable import WeaveCore

/// The assembler turns a program's events into cell outputs; warnings become diagnostics at a line of the cell.
@Suite struct OutcomeAssemblerTests {
    private let note = parse("""
    # T

    ```swift-nn
    let a = 1
    show(a)
    ```

    ```swift-nn
    let b = 2
    show(b)
    ```
    """)

    private func frame(_ event: CellEvent) -> ProcessRunner.Output {
        let payload = try! JSONEncoder().encode(event)
        return .event(EventFrame(event, payload: Array(payload)))
    }

    private func assemble(_ events: [CellEvent]) -> [CellOutcome] {
        let result = ProcessRunner.Result(termination: .exited(0), output: events.map(frame), standardError: Data(),
                                          droppedOutputBytes: 0, peakMemory: 0, seconds: 0)
        return OutcomeAssembler(cells: note.cells, notePath: "notes/test.md")
            .assemble(result, limits: RunLimits(timeout: 10, memoryCap: 1 << 30, outputCap: 1 << 20))
    }

    private func warnings(_ outcome: CellOutcome) -> [String] {
        outcome.outputs.compactMap { if case .warning(let d) = $0 { return d.description } else { return nil } }
    }

    @Test func aWarningLandsAtTheLineOfTheCallThatSentIt() {
        let outcomes = assemble([
            CellEvent.begin(cell: 0), CellEvent.statement(line: 4), CellEvent.statement(line: 5),
            CellEvent.warning(message: "line chart draws nothing: it was given no data.", line: 5),
            CellEvent.end(cell: 0),
        ])
        #expect(warnings(outcomes[0]) == ["notes/test.md:5: warning: line chart draws nothing: it was given no data."])
        #expect(outcomes[0].status == .passed, "a warning does not fail the cell")
        #expect(NoteOutcome(cells: outcomes).warnings.count == 1)
    }

    @Test func aCallOutsideTheCellIsReportedAtTheRunningStatement() {
        // The chart was shown by a function declared in cell 1 (line 5) while cell 2's line 10 ran.
        let outcomes = assemble([
            CellEvent.begin(cell: 0), CellEvent.end(cell: 0),
            CellEvent.begin(cell: 1), CellEvent.statement(line: 9), CellEvent.statement(line: 10),
            CellEvent.warning(message: "heatmap draws nothing: it was given no data.", line: 5),
            CellEvent.warning(message: "no line at all", line: nil),
            CellEvent.end(cell: 1),
        ])
        #expect(warnings(outcomes[0]).isEmpty)
        #expect(warnings(outcomes[1]) == ["notes/test.md:10: warning: heatmap draws nothing: it was given no data.",
                                          "notes/test.md:10: warning: no line at all"])
    }

    @Test func aWarningOutsideAnyCellIsDropped() {
        let outcomes = assemble([CellEvent.warning(message: "stray", line: 4), CellEvent.begin(cell: 0), CellEvent.end(cell: 0)])
        #expect(outcomes.allSatisfy { warnings($0).isEmpty })
    }
}
