import Foundation

/// Runs the cells of every note, in parallel up to `jobs` notes at a time, reporting each as it finishes.
public struct CourseExecution {
    public var executor: NoteExecutor
    public var jobs: Int

    public init(executor: NoteExecutor, jobs: Int) {
        self.executor = executor
        self.jobs = Swift.max(1, jobs)
    }

    /// The executions in the order of `notes`; `progress` is called (serially) as each note finishes.
    public func run(_ notes: [Note], started: (Note) -> Void = { _ in },
                    progress: (Note, NoteOutcome, _ seconds: Double, _ cached: Bool) -> Void) -> [NoteExecutor.Execution] {
        var executions = [NoteExecutor.Execution?](repeating: nil, count: notes.count)
        var next = 0
        let lock = NSLock()
        // `jobs` workers take the next note until none is left.
        DispatchQueue.concurrentPerform(iterations: Swift.min(jobs, Swift.max(notes.count, 1))) { _ in
            while true {
                lock.lock()
                let i = next
                next += 1
                lock.unlock()
                guard i < notes.count else { return }
                started(notes[i])
                let start = Date()
                let execution = executor.execute(notes[i])
                lock.lock()
                executions[i] = execution
                progress(notes[i], execution.outcome, Date().timeIntervalSince(start), execution.cached)
                lock.unlock()
            }
        }
        return executions.map { $0! }
    }
}
