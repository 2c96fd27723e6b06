import ArgumentParser
import Foundation
import WeaveCore

/// `weave install-runtime DEST` (hidden; `make install` runs it): copies the modules cells are compiled
/// against from the build folder this weave runs in to DEST, where an installed weave finds them.
struct InstallRuntimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-runtime",
        abstract: "Copy the modules cells are compiled against to DEST (PREFIX/lib/weave); `make install` runs this.",
        shouldDisplay: false)

    @Argument(help: "The runtime folder, PREFIX/lib/weave beside PREFIX/bin/weave.")
    var destination: String

    @Option(name: .long, help: "The git URL of weave's source, recorded for `weave init`'s CI workflow.")
    var source: String?

    @Option(name: .long, help: "The commit of weave's source, recorded likewise.")
    var commit: String?

    func run() throws {
        let count = try RuntimeInstaller.install(to: URL(fileURLWithPath: destination), source: source, commit: commit)
        print("installed weave's runtime (\(count) files) in \(destination)")
    }
}
