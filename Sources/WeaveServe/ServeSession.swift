import FlyingSocks
import Foundation
import Synchronization
import WeaveCore

/// `weave serve`: builds the notes, serves the site over HTTP, and rebuilds it when a note is saved.
///
/// The steps: listen; start polling the notes folder; build once. A change (debounced) asks the
/// `Rebuilder` for a build; the build updates the site folder and the pages' versions; the script
/// added to served pages reloads a page whose version changed and shows the build's errors.
public final class ServeSession: Sendable {
    public struct Options: Sendable {
        public var notes: String
        public var output: String
        /// The address to listen on: loopback unless the user asks otherwise.
        public var host: String
        /// 0 picks a free port.
        public var port: UInt16
        public var jobs: Int
        /// Seconds between looks at the notes folder.
        public var pollInterval: Double = 0.05
        /// Seconds without a further change before a build starts.
        public var debounce: Double = 0.1
        /// Seconds a client has to send a request's head before its connection is closed.
        public var headTimeout: Double = 10
        /// Resident bytes each note's program may use unless its front matter says otherwise (nil: half the machine).
        public var memoryCap: Int?

        public init(notes: String, output: String = "build", host: String = "127.0.0.1", port: UInt16 = 8000,
                    jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
            self.notes = notes
            self.output = output
            self.host = host
            self.port = port
            self.jobs = jobs
        }
    }

    public let options: Options
    let site: LiveSite
    let rebuilder: Rebuilder
    private let watcher: NotesWatcher
    private let server: SiteServer
    private let serverTask = Mutex<Task<Void, Error>?>(nil)

    public init(_ options: Options, log: @escaping @Sendable (String) -> Void) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.notes, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(.error, file: options.notes, "no such folder; `weave serve` takes the notes folder")
        }
        try OutputFolder.check(options.output, notes: URL(fileURLWithPath: options.notes))
        self.options = options
        let output = URL(fileURLWithPath: options.output)
        site = LiveSite(root: output)
        rebuilder = Rebuilder(notes: options.notes, site: site, jobs: options.jobs, memoryCap: options.memoryCap, log: log)
        let rebuilder = self.rebuilder
        watcher = NotesWatcher(folder: URL(fileURLWithPath: options.notes), ignoring: output,
                               interval: options.pollInterval, quiet: options.debounce) { rebuilder.request() }
        let address: any SocketAddress
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        do {
            address = host.contains(":") ? try .inet6(ip6: host, port: options.port) : try .inet(ip4: host, port: options.port)
        } catch {
            throw Diagnostic(.error, file: "weave", "`\(options.host)` is not an IP address to listen on")
        }
        var limits = SiteServer.Limits()
        limits.headTimeout = options.headTimeout
        server = SiteServer(address: address, hosts: AllowedHosts(listeningOn: host), limits: limits,
                            handler: SiteHandler(site: site))
    }

    /// Starts listening (so a busy port is reported before any work), builds the site, and starts
    /// watching the notes; returns the address served.
    public func start() async throws -> URL {
        let listening: Socket.Address
        do {
            listening = try server.listen()
        } catch {
            var reason = error.localizedDescription
            if case let .failed(_, _, message)? = error as? SocketError { reason = message.lowercased() }
            throw Diagnostic(.error, file: "weave", "cannot listen on \(options.host):\(options.port): \(reason)")
        }
        let server = self.server
        serverTask.withLock { $0 = Task { try await server.run() } }
        watcher.start()
        rebuilder.buildNow()
        switch listening {
        case let .ip4(host, port): return URL(string: "http://\(host):\(port)/")!
        case let .ip6(host, port): return URL(string: "http://[\(host)]:\(port)/")!
        case .unix: return URL(string: "http://\(options.host):\(options.port)/")!
        }
    }

    /// For Ctrl-C: stops watching, stops every child process of the build under way (it will start no
    /// more), and waits for a site write in progress, so the process can exit at once, leaving nothing.
    public func shutDownForExit() {
        watcher.stop()
        ChildProcesses.shared.terminateAll(grace: 1)
        site.shutDown()
    }
}
