import Foundation

/// What the pipeline reports while it works: the command line prints these as lines (`EventLog`),
/// `weave serve` picks what is news, tests look at them.
public enum PipelineEvent: Sendable {
    /// The notes' cells are about to run (`notes` of them, cached or not).
    case executionStarted(notes: Int)
    /// A note's cells started (or its cached outcome is being read).
    case noteStarted(path: String)
    /// A running note moved on ("compiling", "running").
    case notePhase(path: String, phase: String)
    /// A note's cells are done.
    case noteFinished(NoteFinished)
    /// Every note's cells are done.
    case executed(ExecutionSummary)
    /// A problem worth a line that does not stop the build (a TeX error, a broken link, a skipped file).
    case warning(Diagnostic)
    /// A cache file was damaged; its damaged entries were ignored and are made again.
    case cacheNote(String)
    /// The site was assembled but not written, and why.
    case siteKept(reason: String)
    /// The site was written.
    case siteWritten(SiteSummary)

    /// One note's cells, when they are done.
    public struct NoteFinished: Sendable {
        public var path: String
        public var succeeded: Bool
        public var cells: Int
        public var checks: Int
        public var failed: Int
        public var seconds: Double
        /// The outcome came from the cell cache (nothing ran).
        public var cached: Bool
    }

    /// All notes' cells.
    public struct ExecutionSummary: Sendable {
        public var notes: Int
        public var cells: Int
        public var checks: Int
        public var failed: Int
        /// Problems reported as errors: failed checks and cells, notes that could not be read.
        public var errors: Int
        public var seconds: Double
    }

    /// What a written site holds.
    public struct SiteSummary: Sendable {
        public var pages: Int
        /// Pages rendered in this build (the rest came from the page cache).
        public var rendered: Int
        public var formulas: Int
        public var typeset: Int
        public var failedFormulas: Int
        public var warnings: Int
        public var output: String
        public var seconds: Double
    }
}
