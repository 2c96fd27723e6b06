import ArgumentParser
import WeaveCore

/// The `weave` command: builds a course site from Markdown notes, or checks them like a test suite.
@main
struct Weave: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile executable Markdown course notes into a verified HTML course site.",
        discussion: """
        Fenced code blocks marked `swift-nn` are compiled and run against weave's neural-network engine; \
        what they print, show, plot and check is woven into the page.
        """,
        version: WeaveVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, CleanCommand.self, InitCommand.self, InstallRuntimeCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
