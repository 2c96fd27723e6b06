import CellProtocol
import Foundation

/// Turns what a note program wrote, and how it ended, into one outcome per cell.
///
/// Printed text goes to the cell that was running; events say when cells begin and end, what they
/// showed and checked, and where the engine stopped the program.
struct OutcomeAssembler {
    let cells: [Cell]
    let notePath: String

    func assemble(_ result: ProcessRunner.Result, limits: RunLimits) -> [CellOutcome] {
        var outcomes = cells.map { CellOutcome(index: $0.index, status: $0.options.norun ? .skipped : .notRun) }
        var position: [Int: Int] = [:]
        for (k, cell) in cells.enumerated() { position[cell.index] = k }
        var current: Int?
        var began = false
        var lastLine: Int?
        var failureMessage: String?
        let decoder = JSONDecoder()

        func append(_ output: CellOutput) {
            guard let current, let k = position[current] else { return }
            if case .text(let s) = output, case .text(let previous)? = outcomes[k].outputs.last {
                outcomes[k].outputs[outcomes[k].outputs.count - 1] = .text(previous + s)
            } else {
                outcomes[k].outputs.append(output)
            }
        }

        for piece in result.output {
            switch piece {
            case .text(let bytes):
                append(.text(String(decoding: bytes, as: UTF8.self)))
            case .dropped(let count):
                append(.notice("output truncated: \(count) more bytes were printed and dropped"))
            case .event(let frame):
                guard let event = try? decoder.decode(CellEvent.self, from: Data(frame.payload)) else { continue }
                switch event {
                case .begin(let cell):
                    current = cell
                    began = true
                    if let k = position[cell] { outcomes[k].status = .failed }
                case .end(let cell):
                    if let k = position[cell] {
                        let failedCheck = outcomes[k].outputs.contains { if case .check(false, _, _, _) = $0 { return true } else { return false } }
                        outcomes[k].status = failedCheck ? .failed : .passed
                    }
                    current = nil
                case .statement(let line):
                    lastLine = line
                case .display(let shown):
                    if let caption = shown.caption {
                        append(.figure(text: shown.text, html: shown.html, caption: caption, label: shown.label))
                    } else {
                        append(.display(text: shown.text, html: shown.html))
                    }
                case .check(let check):
                    append(.check(passed: check.passed, text: check.text, line: check.line,
                                  column: noteColumn(check.column, line: check.line)))
                case .failure(let message, let line):
                    failureMessage = message
                    lastLine = line ?? lastLine
                case .warning(let message, let line):
                    guard let current, let k = position[current] else { continue }
                    let line = warningLine(line, statementLine: lastLine, cell: cells[k])
                    append(.warning(Diagnostic(.warning, file: notePath, line: line, message)))
                }
            }
        }

        // A cell that began but never ended stopped the program; a program stopped before any cell began
        // (killed at start) is reported at the first cell, so the stop is never silent.
        if current == nil, !began, result.termination != .exited(0), let first = cells.firstIndex(where: { !$0.options.norun }) {
            current = cells[first].index
        }
        if let current, let k = position[current] {
            let line = lastLine ?? cells[k].codeLine
            let message = stopMessage(result, limits: limits, engineMessage: failureMessage)
            outcomes[k].outputs.append(.error(Diagnostic(.error, file: notePath, line: line, column: statementColumn(line), message)))
            outcomes[k].status = .failed
        }
        return outcomes
    }

    /// Where a warning from the running cell is reported: the line of the call that sent it when that
    /// lies in the cell, else (a call inside a function declared in another cell) the line of the
    /// statement that was running, else the cell's first line of code.
    private func warningLine(_ line: Int?, statementLine: Int?, cell: Cell) -> Int {
        let lineCount = cell.code.split(separator: "\n", omittingEmptySubsequences: false).count
        let lines = cell.codeLine..<(cell.codeLine + max(lineCount, 1))
        if let line, lines.contains(line) { return line }
        if let statementLine, lines.contains(statementLine) { return statementLine }
        return cell.codeLine
    }

    /// The note's column for a column of the program on a note line (the markers weave inserted shift
    /// columns); 0 when the line is in no cell of the note.
    private func noteColumn(_ column: Int, line: Int) -> Int {
        let cell = cells.first { line >= $0.codeLine && line < $0.codeLine + $0.code.split(separator: "\n", omittingEmptySubsequences: false).count }
        return cell.map { ProgramGenerator.noteColumn(column, line: line, in: $0) } ?? 0
    }

    /// The note's column where a top-level statement starts on `line`, or 0 when none does (the program
    /// stopped inside a function, or on a continuation line).
    private func statementColumn(_ line: Int) -> Int {
        for cell in cells {
            let starts = TopLevelStatements(cell.code).starts
            if let start = starts.first(where: { cell.codeLine + $0.line == line }) { return start.column + 1 }
        }
        return 0
    }

    /// Why the program stopped, in words: the engine's message, the Swift trap, a timeout or an exit.
    private func stopMessage(_ result: ProcessRunner.Result, limits: RunLimits, engineMessage: String?) -> String {
        let stderr = String(decoding: result.standardError, as: UTF8.self)
        switch result.termination {
        case .timedOut:
            return "the cell did not finish within \(RunLimits.seconds(limits.timeout)) and was stopped (an infinite loop?); raise `timeout` in the front matter if it needs longer"
        case .memoryCapExceeded:
            return "the note's program used more than \(RunLimits.bytes(limits.memoryCap)) of memory and was stopped (the memory cap); raise `memory` in the front matter or pass --memory if it needs more"
        case .outputCapExceeded:
            return "the note's program wrote more than \(RunLimits.bytes(limits.outputCap)) and was stopped (the output cap); print less"
        case .badEventChannel:
            return "the note's program wrote something other than an event on weave's event channel (descriptor 3) and was stopped"
        case .exited(let status):
            return "the cell ended the program with exit status \(status); later cells did not run"
        case .signaled(let signal):
            if let engineMessage { return engineMessage }
            if let trap = stderr.split(separator: "\n").first(where: { $0.contains("Fatal error") }) {
                return trap.components(separatedBy: "Fatal error: ").last.map { "trap: \($0)" } ?? String(trap)
            }
            if signal == SIGSEGV || signal == SIGBUS { return "the program crashed (signal \(signal)); a stack overflow from deep recursion?" }
            return "the program stopped with signal \(signal)"
        }
    }
}
