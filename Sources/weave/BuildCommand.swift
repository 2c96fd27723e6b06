import ArgumentParser
import Foundation
import WeaveCore

/// `weave build` (the default): builds the course site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the notes into an HTML course site (the default command).")

    @Argument(help: "Notes folders or Markdown files.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "The folder the site is written to; replaced only when the build completes.")
    var output: String = "build"

    @Option(name: .long, help: "Notes to run at the same time (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Run every cell even if a cached result exists.")
    var noCache = false

    @OptionGroup var memory: MemoryOption

    @Flag(name: .long, help: "Treat warnings (TeX errors, broken links) as errors.")
    var strict = false

    func run() throws {
        Interruption.stopChildrenOnSignal()
        ChildProcesses.shared.adoptOrphans()
        var runner = CourseRunner(paths: paths, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, useCache: !noCache)
        runner.memoryCap = try memory.bytes()
        let report = try Interruption.exitCodeIfStopped { try runner.build(output: output, strict: strict) }
        ChildProcesses.shared.endOrphans()
        for failure in report.failures { print(failure) }
        if !report.succeeded { throw ExitCode.failure }
    }
}
