/// What `weave check` prints: one line per failure and the closing `N passed, N failed`.
public struct CheckReport: Sendable {
    public var failures: [Diagnostic] = []
    public var warnings: [Diagnostic] = []
    public var passed = 0
    public var failed = 0
    public var cells = 0
    public var checks = 0

    public init() {}

    /// Adds a note's parse problems and the outcome of its cells; checks and cells both count.
    public mutating func add(_ note: Note, _ outcome: NoteOutcome) {
        let path = note.source.displayPath
        failures += note.diagnostics.filter { $0.severity == .error }
        warnings += note.diagnostics.filter { $0.severity == .warning }
        failures += outcome.diagnostics
        for (cell, result) in zip(note.cells, outcome.cells) where result.status != .skipped {
            // A formula check counts once, as the check it reports; only a run that never reached it
            // counts as a failure of its own.
            let formula = cell.formula != nil
            let reported = formula && result.outputs.contains { if case .check = $0 { return true } else { return false } }
            if !formula { cells += 1 }
            for output in result.outputs {
                switch output {
                case .check(let ok, let text, let line, let column) where !cell.options.fails:
                    checks += 1
                    if ok { passed += 1 } else {
                        failed += 1
                        failures.append(Diagnostic(.error, file: path, line: line, column: column, "check failed: \(text)"))
                    }
                case .error(let d) where result.status == .failed:
                    failures.append(d)
                case .warning(let d):
                    warnings.append(d)
                default: break
                }
            }
            if reported { continue }
            switch result.status {
            case .passed: passed += 1
            case .failed:
                failed += 1
                if !result.outputs.contains(where: { if case .error = $0 { return true } else { return false } }),
                   !result.outputs.contains(where: { if case .check(false, _, _, _) = $0 { return true } else { return false } }) {
                    failures.append(Diagnostic(.error, file: path, line: cell.line, formula ? "the formula check failed" : "cell \(cell.index + 1) failed"))
                }
            case .notRun:
                failed += 1
                let reason = outcome.compileFailed ? "the note's program did not compile" : "an earlier cell stopped the program"
                let what = formula ? "the formula check" : "cell \(cell.index + 1)"
                failures.append(Diagnostic(.error, file: path, line: cell.line, "\(what) did not run because \(reason)"))
            case .skipped: break
            }
        }
    }

    /// Adds an error that belongs to no cell (a note that could not be loaded).
    public mutating func add(_ error: Diagnostic) {
        failures.append(error)
        failed += 1
    }

    public var succeeded: Bool { failed == 0 && failures.isEmpty }

    /// Adds each warning once as an error, for `--strict` (printed with the other failures).
    mutating func makeWarningsErrors() {
        let known = Set(failures)
        failures += warnings.map { var d = $0; d.severity = .error; return d }.filter { !known.contains($0) }
    }

    /// The closing line, read by CI systems.
    public var summaryLine: String { "\(passed) passed, \(failed) failed" }
}
