import Foundation
import Synchronization

/// Runs the cells of every note, in parallel up to `jobs` notes at a time, reporting each as it finishes.
public struct CourseExecution: Sendable {
    public var executor: NoteExecutor
    public var jobs: Int

    public init(executor: NoteExecutor, jobs: Int) {
        self.executor = executor
        self.jobs = Swift.max(1, jobs)
    }

    /// The executions in the order of `notes`; `progress` is called (serially) as each note finishes.
    public func run(_ notes: [Note], started: @Sendable (Note) -> Void = { _ in },
                    progress: @Sendable (Note, NoteOutcome, _ seconds: Double, _ cached: Bool) -> Void) -> [NoteExecutor.Execution] {
        /// The next note to take, and the executions so far.
        struct Work {
            var next = 0
            var executions: [NoteExecutor.Execution?]
        }
        let work = Mutex(Work(executions: Array(repeating: nil, count: notes.count)))
        // `jobs` workers take the next note until none is left.
        DispatchQueue.concurrentPerform(iterations: Swift.min(jobs, Swift.max(notes.count, 1))) { _ in
            while true {
                let i = work.withLock { work in
                    defer { work.next += 1 }
                    return work.next
                }
                guard i < notes.count else { return }
                started(notes[i])
                let start = Date()
                let execution = executor.execute(notes[i])
                work.withLock { work in
                    work.executions[i] = execution
                    progress(notes[i], execution.outcome, Date().timeIntervalSince(start), execution.cached)
                }
            }
        }
        return work.withLock { $0.executions.map { $0! } }
    }
}
