import ArgumentParser
import Dispatch
import Foundation
import WeaveCore
import WeaveServe

/// `weave serve`: the site on a local web server, rebuilt when a note is saved, pages reloading by themselves.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the notes, serve the site on this machine, and rebuild it when a note changes.",
        discussion: """
        Open the printed address beside your editor: a saved note re-renders only its page (cells re-run \
        only when their code changed) and the open page reloads by itself. Build errors show over the \
        page with their file and line; the last good version of a page stays served. Pages on disk stay \
        free of scripts: the reload script is added only to what the server sends. Ctrl-C stops.
        """)

    @Argument(help: "The notes folder.")
    var notes: String

    @Option(name: .shortAndLong, help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(name: .long, help: ArgumentHelp(
        "The address to listen on. Only this machine can connect unless you give another, e.g. 0.0.0.0.",
        discussion: """
        Requests must name the server as localhost, *.localhost, 127.0.0.1, [::1] or the address \
        given here (any IP address when it is 0.0.0.0 or ::); others are refused, so that no web page \
        can read the site through a name of its own that resolves to this machine.
        """))
    var host: String = "127.0.0.1"

    @Option(name: .shortAndLong, help: "The folder the site is written to.")
    var output: String = "build"

    @Option(name: .long, help: "Notes to run at the same time (default: the number of cores).")
    var jobs: Int?

    @OptionGroup var memory: MemoryOption

    /// Seconds a client has to send a request's head (for tests; hidden from --help).
    @Option(name: .long, help: .hidden)
    var headTimeout: Double = 10

    func run() throws {
        let errorOutput = FileHandle.standardError
        ChildProcesses.shared.adoptOrphans()
        var options = ServeSession.Options(notes: notes, output: output, host: host, port: port, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        options.headTimeout = headTimeout
        options.memoryCap = try memory.bytes()
        let session = try ServeSession(options) {
            errorOutput.write(Data(($0 + "\n").utf8))
        }
        // Ctrl-C and SIGTERM end the server cleanly, even during the first build (handled off the main thread).
        let signals = DispatchQueue(label: "weave.serve.signals")
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: signals)
            source.setEventHandler {
                errorOutput.write(Data("\nstopping\n".utf8))
                session.shutDownForExit()
                Foundation.exit(0)
            }
            source.resume()
            sources.append(source)
        }
        let notes = self.notes
        Task {
            do {
                let url = try await session.start()
                print("Serving \(notes) at \(url) (Ctrl-C to stop)")
                fflush(nil)  // every stream, here just stdout: Swift 6 refuses a reference to the C global `stdout`
            } catch {
                errorOutput.write(Data("\(error)\n".utf8))
                Foundation.exit(1)
            }
        }
        withExtendedLifetime(sources) { dispatchMain() }
    }
}
