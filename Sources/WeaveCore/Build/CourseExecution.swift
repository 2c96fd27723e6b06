import Foundation

/// Runs the cells of every note, in parallel up to `jobs` notes at a time, reporting each as it finishes.
public struct CourseExecution {
    public var executor: NoteExecutor
    public var jobs: Int

    public init(executor: NoteExecutor, jobs: Int) {
        self.executor = executor
        self.jobs = Swift.max(1, jobs)
    }

    /// The outcomes in the order of `notes`; `progress` is called (serially) as each note finishes.
    public func run(_ notes: [Note], progress: (Note, NoteOutcome, _ seconds: Double, _ cached: Bool) -> Void) -> [NoteOutcome] {
        var outcomes = [NoteOutcome?](repeating: nil, count: notes.count)
        let lock = NSLock()
        let semaphore = DispatchSemaphore(value: jobs)
        let group = DispatchGroup()
        let report = progress
        withoutActuallyEscaping(report) { report in
            for (i, note) in notes.enumerated() {
                semaphore.wait()
                group.enter()
                let work = { [executor] in
                    let start = Date()
                    let cached = executor.isCached(note)
                    let outcome = executor.run(note)
                    lock.lock()
                    outcomes[i] = outcome
                    report(note, outcome, Date().timeIntervalSince(start), cached)
                    lock.unlock()
                    semaphore.signal()
                    group.leave()
                }
                DispatchQueue.global().async(execute: work)
            }
            group.wait()
        }
        return outcomes.map { $0! }
    }
}
