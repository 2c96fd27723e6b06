import ArgumentParser
import Foundation
import WeaveCore

/// `weave check`: runs every cell and check, prints each failure as `path:line:col: error: …`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every cell and check of the notes as a test suite, without writing a site.",
        discussion: "Prints one line per failure as path:line:col: error: …, then `N passed, N failed` (checks and cells). Exits non-zero when anything failed.")

    @Argument(help: "Notes folders or Markdown files.")
    var paths: [String]

    @Option(name: .long, help: "Notes to run at the same time (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Run every cell even if a cached result exists.")
    var noCache = false

    @OptionGroup var memory: MemoryOption

    @Option(name: .long, help: "Also write the results as JUnit XML to this file, for CI systems.")
    var junit: String?

    func run() throws {
        Interruption.stopChildrenOnSignal()
        ChildProcesses.shared.adoptOrphans()
        var runner = CourseRunner(paths: paths, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, useCache: !noCache)
        runner.memoryCap = try memory.bytes()
        let report = try Interruption.exitCodeIfStopped { try runner.check() }
        ChildProcesses.shared.endOrphans()
        for failure in report.failures { print(failure) }
        print(report.summaryLine)
        if let junit { try JUnitReport.write(report, to: junit) }
        if !report.succeeded { throw ExitCode.failure }
    }
}
