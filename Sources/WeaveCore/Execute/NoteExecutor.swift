import Foundation

/// The Execute stage: compiles a note's cells into one program, runs it, and returns each cell's outcome.
public struct NoteExecutor: Sendable {
    public var toolchain: Toolchain
    /// Where outcomes are kept between builds (`StoredOutcome`); nil runs every note.
    public var cache: StageCache?
    /// Seconds a note may run unless its front matter says otherwise.
    public var defaultTimeout: Double = 120
    /// Resident bytes a note's program (with everything it starts) may use unless its front matter says otherwise.
    public var defaultMemoryCap = RunLimits.defaultMemoryCap
    /// Bytes a note's program may write in all before it is stopped.
    public var outputCap = 200_000_000
    /// Told when a note starts compiling and when its program starts running (for progress displays).
    public var phase: @Sendable (_ note: Note, _ phase: String) -> Void = { _, _ in }

    public init(toolchain: Toolchain, cache: StageCache?) {
        self.toolchain = toolchain
        self.cache = cache
    }

    /// The key the note's outcome is kept under (nil without a cache).
    public func key(_ note: Note) -> StageCache.Key? {
        cache.map { StoredOutcome.key(for: note, toolchainIdentity: toolchain.identity, timeout: timeout(note), in: $0) }
    }

    private func timeout(_ note: Note) -> Double { note.source.frontMatter.timeout ?? defaultTimeout }

    /// The limits the note's program runs under.
    func limits(_ note: Note) -> RunLimits {
        RunLimits(timeout: timeout(note), memoryCap: note.source.frontMatter.memory ?? defaultMemoryCap, outputCap: outputCap)
    }

    /// A note's outcome, the cache key it is stored under, and whether it came from the cache.
    public struct Execution: Sendable {
        public var outcome: NoteOutcome
        public var key: StageCache.Key?
        public var cached: Bool
    }

    /// Runs the note's cells (or returns the cached outcome).
    public func run(_ note: Note) -> NoteOutcome { execute(note).outcome }

    /// Runs the note's cells or reads them from the cache, computing the key once.
    public func execute(_ note: Note) -> Execution {
        let key = key(note)
        let cells = note.cells
        guard cells.contains(where: { !$0.options.norun }) else {
            return Execution(outcome: NoteOutcome(cells: cells.map { CellOutcome(index: $0.index, status: .skipped) }),
                             key: key, cached: false)
        }
        if let cache, let key, let cached = StoredOutcome.load(key, notePath: note.source.displayPath, from: cache) {
            return Execution(outcome: cached, key: key, cached: true)
        }
        // The data files as the cells will see them (an edit during the run shows up in the next build).
        let dataFiles = cache == nil ? [] : DataFiles.current(note)
        let (outcome, final) = execute(note, cells: cells)
        // Only outcomes that are not weave's own failures are worth keeping, nor those of a run that was
        // cut short (a timeout, a cap, a signal from outside, a shutdown): running again could end otherwise.
        if final && outcome.diagnostics.isEmpty && !ChildProcesses.shared.isStopping, let cache, let key {
            StoredOutcome.store(outcome, dataFiles: dataFiles, key: key, notePath: note.source.displayPath, in: cache)
        }
        return Execution(outcome: outcome, key: key, cached: false)
    }

    /// The note's outcome, and whether it is final (every run of the program ended by itself).
    private func execute(_ note: Note, cells: [Cell]) -> (NoteOutcome, final: Bool) {
        var skipped = Set<Int>()
        var outcomes: [Int: CellOutcome] = [:]
        var final = true
        // A `fails` cell that traps stops the program; run again without it so later cells still run.
        while true {
            let runnable = cells.filter { !skipped.contains($0.index) }
            let (result, diagnostics) = compileAndRun(note, cells: runnable)
            guard let result else {
                return (NoteOutcome(cells: cells.map { outcomes[$0.index] ?? CellOutcome(index: $0.index, status: .notRun) },
                                    diagnostics: diagnostics.general, compileFailed: true)
                    .attaching(diagnostics.perCell), final)
            }
            final = final && result.termination.isFinal
            let assembled = OutcomeAssembler(cells: runnable, notePath: note.source.displayPath)
                .assemble(result, limits: limits(note))
            for outcome in assembled where outcomes[outcome.index] == nil { outcomes[outcome.index] = outcome }
            if let trapped = assembled.first(where: { c in
                c.status == .failed && cells.first { $0.index == c.index }!.options.fails
                    && c.outputs.contains { if case .error = $0 { return true } else { return false } }
            }), assembled.contains(where: { $0.status == .notRun && $0.index > trapped.index }) {
                skipped.insert(trapped.index)
                for later in assembled where later.index > trapped.index { outcomes[later.index] = nil }
                continue
            }
            break
        }
        let finalOutcomes = cells.map { cell -> CellOutcome in
            var outcome = outcomes[cell.index] ?? CellOutcome(index: cell.index, status: .notRun)
            if cell.options.fails { outcome = Self.expectingFailure(outcome, cell: cell, notePath: note.source.displayPath) }
            return outcome
        }
        return (NoteOutcome(cells: finalOutcomes), final)
    }

    /// Turns a `fails` cell's failure into a pass, and its success into a failure.
    static func expectingFailure(_ outcome: CellOutcome, cell: Cell, notePath: String) -> CellOutcome {
        var result = outcome
        let failedCheck = outcome.outputs.contains { if case .check(false, _, _, _) = $0 { return true } else { return false } }
        let trapped = outcome.outputs.contains { if case .error = $0 { return true } else { return false } }
        switch outcome.status {
        case .passed where !failedCheck, .failed where !failedCheck && !trapped:
            result.status = .failed
            result.outputs.append(.error(Diagnostic(.error, file: notePath, line: cell.line,
                "this cell is marked `fails` but it ran without a trap or a failed check")))
        case .passed, .failed:
            result.status = .passed
            result.outputs.append(.notice("failed as expected (this cell is marked `fails`)"))
        default:
            break
        }
        return result
    }

    private struct CompileDiagnostics {
        var general: [Diagnostic] = []
        var perCell: [Int: [Diagnostic]] = [:]
    }

    private func compileAndRun(_ note: Note, cells: [Cell]) -> (ProcessRunner.Result?, CompileDiagnostics) {
        var diagnostics = CompileDiagnostics()
        let fm = FileManager.default
        do {
            let work = try WorkFolders.make()
            defer { try? fm.removeItem(at: work) }
            let source = work.appendingPathComponent("main.swift")
            let program = work.appendingPathComponent("note")
            try ProgramGenerator.program(for: cells, notePath: note.source.displayPath)
                .write(to: source, atomically: true, encoding: .utf8)
            phase(note, "compiling")
            let compile = try ProcessRunner(timeout: 600, memoryCap: nil).run(toolchain.swiftc, toolchain.compileArguments(source: source, output: program))
            guard compile.termination == .exited(0) else {
                let stderr = String(decoding: compile.standardOutput + compile.standardError, as: UTF8.self)
                diagnostics = attribute(stderr, cells: cells, notePath: note.source.displayPath)
                if diagnostics.general.isEmpty && diagnostics.perCell.isEmpty {
                    diagnostics.general.append(Diagnostic(.error, file: note.source.displayPath,
                        "the note's program did not compile (the compiler \(compile.termination.description)):\n\(stderr.prefix(2000))"))
                }
                return (nil, diagnostics)
            }
            try toolchain.placeResources(beside: program)
            // Cells run in the note's folder, so they read data files by paths relative to the note.
            let folder = URL(fileURLWithPath: note.source.displayPath).deletingLastPathComponent()
            phase(note, "running")
            let limits = self.limits(note)
            var runner = ProcessRunner(timeout: limits.timeout, killAfterBytes: limits.outputCap, memoryCap: limits.memoryCap)
            runner.eventChannel = true
            let run = try runner.run(program.path, [], in: folder)
            return (run, diagnostics)
        } catch {
            diagnostics.general.append(Diagnostic(.error, file: note.source.displayPath, "could not run the note's cells: \(error)"))
            return (nil, diagnostics)
        }
    }

    /// Sorts swiftc's `path:line:col: error: …` lines into the cells whose lines they point at.
    private func attribute(_ output: String, cells: [Cell], notePath: String) -> CompileDiagnostics {
        var result = CompileDiagnostics()
        for line in output.split(separator: "\n") where line.hasPrefix(notePath + ":") {
            let parts = line.dropFirst(notePath.count + 1).split(separator: ":", maxSplits: 3)
            guard parts.count == 4, let row = Int(parts[0]), let column = Int(parts[1]),
                  parts[2].trimmingCharacters(in: .whitespaces) == "error" else { continue }
            let message = parts[3].trimmingCharacters(in: .whitespaces)
            let cell = cells.last(where: { $0.codeLine <= row })
            let noteColumn = cell.map { ProgramGenerator.noteColumn(column, line: row, in: $0) } ?? column
            let diagnostic = Diagnostic(.error, file: notePath, line: row, column: noteColumn, message)
            if let cell {
                result.perCell[cell.index, default: []].append(diagnostic)
            } else {
                result.general.append(diagnostic)
            }
        }
        return result
    }
}

extension NoteOutcome {
    /// Puts compile errors under the cells they point at and marks those cells failed.
    func attaching(_ perCell: [Int: [Diagnostic]]) -> NoteOutcome {
        var copy = self
        for k in copy.cells.indices {
            if let errors = perCell[copy.cells[k].index] {
                copy.cells[k].outputs += errors.map(CellOutput.error)
                copy.cells[k].status = .failed
            }
        }
        return copy
    }
}
