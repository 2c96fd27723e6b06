import ArgumentParser
import Foundation
import WeaveCore

/// `weave init DIR`: starts a course that builds and checks as it is.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a course in a new or empty folder: notes with a first cell, settings, .gitignore and a GitHub Actions workflow.",
        discussion: """
        Writes DIR/notes/ (index.md, a first note with a cell, a chart and a check, weave.yml), DIR/.gitignore \
        and DIR/.github/workflows/weave.yml, which checks the course and publishes it to GitHub Pages. \
        Refuses a folder that is not empty.
        """)

    @Argument(help: "The course folder (new or empty).")
    var folder: String = "."

    @Option(name: .long, help: "The git URL of weave's source for CI to build (default: where this weave was installed from).")
    var weaveSource: String?

    @Option(name: .long, help: "The commit of weave's source for CI to build (default: the one this weave was installed from).")
    var weaveCommit: String?

    func run() throws {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let origin = RuntimeLayout.origin(executableDirectory: URL(fileURLWithPath: CommandLine.executablePath).deletingLastPathComponent())
        let source = weaveSource ?? origin?.source.map(Self.fetchable)
        let template = CourseTemplate(title: url.lastPathComponent, weaveSource: source,
                                      weaveCommit: weaveCommit ?? (weaveSource == nil ? origin?.commit : nil),
                                      swiftVersion: Self.swiftVersion() ?? "6.3")
        let written = try template.create(in: url, shownAs: folder)
        print("started a course in \(folder):")
        for path in written { print("  \(path)") }
        print("""
        next:
          cd \(folder)
          weave serve \(CourseTemplate.notesFolder)      # write with the page open; it rebuilds on save
          weave check \(CourseTemplate.notesFolder)      # run every cell and check
          weave build \(CourseTemplate.notesFolder)      # the site, in build/
        """)
        if source == nil {
            FileHandle.standardError.write(Data("""
            \(folder)/\(CourseTemplate.workflowPath): note: set WEAVE_SOURCE there to the git URL of weave's source \
            (this weave does not know where it was built from), so that GitHub Actions can build it

            """.utf8))
        }
    }

    /// An SSH URL of GitHub (`git@github.com:owner/repo.git`) as the HTTPS URL CI can clone without keys.
    static func fetchable(_ source: String) -> String {
        source.hasPrefix("git@github.com:") ? "https://github.com/" + source.dropFirst("git@github.com:".count) : source
    }

    /// The version of the Swift compiler cells are compiled with (e.g. `6.3.1`), for CI's toolchain image.
    static func swiftVersion() -> String? {
        guard let swiftc = try? Toolchain.findSwiftc(ProcessInfo.processInfo.environment),
              let run = try? ProcessRunner(timeout: 30, memoryCap: nil).run(swiftc, ["--version"]) else { return nil }
        let text = String(decoding: run.standardOutput + run.standardError, as: UTF8.self)
        guard let pattern = try? Regex(#"Swift version (\d+\.\d+(?:\.\d+)?)"#),
              let match = text.firstMatch(of: pattern) else { return nil }
        return match.output[1].substring.map(String.init)
    }
}
