import FlyingSocks
import Foundation
import Synchronization

/// The HTTP/1.1 server of `weave serve`: accepts connections and answers their requests with a
/// `SiteHandler`, one request at a time per connection, keeping connections alive between requests.
///
/// Every connection costs bounded work: its request head is read by a `RequestHeadReader` (too long
/// a request line gets 414, too large a head 431, then the connection ends), the head must arrive
/// within `headTimeout` seconds and an answer must be taken within `writeTimeout` seconds, or the
/// connection is closed. A request naming a `Host` that `AllowedHosts` refuses gets 403. Sockets
/// wait in FlyingSocks' event loop, so an idle connection holds no thread.
final class SiteServer: Sendable {
    struct Limits: Sendable {
        var head = RequestHeadReader.Limits()
        /// Seconds a client has to send a request head, counted from when the server waits for it
        /// (for a kept-alive connection, from the end of the previous answer).
        var headTimeout: Double = 10
        /// Seconds a client has to take an answer.
        var writeTimeout: Double = 30
        /// Connections open at once; more are closed as soon as they are accepted.
        var connections = 4_000
    }

    let address: any SocketAddress
    let hosts: AllowedHosts
    let limits: Limits
    let handler: SiteHandler
    private let pool: any AsyncSocketPool
    /// Connections open now.
    private let open = Mutex(0)
    /// The socket `listen()` opened.
    private let listener = Mutex<Socket?>(nil)

    init(address: any SocketAddress, hosts: AllowedHosts, limits: Limits, handler: SiteHandler) {
        self.address = address
        self.hosts = hosts
        self.limits = limits
        self.handler = handler
        #if canImport(Darwin)
        pool = .kQueue()
        #else
        pool = .ePoll(maxEvents: 64)
        #endif
    }

    /// Binds and listens; throws when the address is taken or cannot be used. Returns the address
    /// listened on (with the port the system picked for port 0).
    func listen() throws -> Socket.Address {
        Self.raiseDescriptorLimit()
        let socket = try Socket(domain: Int32(type(of: address).family), type: .stream)
        _ = fcntl(socket.file.rawValue, F_SETFD, FD_CLOEXEC)
        try socket.setValue(true, for: .localAddressReuse)
        do {
            try socket.bind(to: address)
            try socket.listen()
        } catch {
            try? socket.close()
            throw error
        }
        listener.withLock { $0 = socket }
        return try socket.sockname()
    }

    /// Accepts and serves connections until the task is cancelled; call after `listen()`.
    func run() async throws {
        guard let listener = listener.withLock({ $0 }) else { throw SocketError.disconnected }
        try await pool.prepare()
        let accepting = try AsyncSocket(socket: listener, pool: pool)
        let pool = self.pool
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask { await self.accept(on: accepting) }
            try await group.next()
            group.cancelAll()
        }
    }

    private func accept(on listener: AsyncSocket) async {
        while !Task.isCancelled {
            let connection: AsyncSocket
            do {
                connection = try await listener.accept()
            } catch {
                // Out of file descriptors, or a client gone before it was accepted: wait a moment and go on.
                try? await Task.sleep(nanoseconds: 50_000_000)
                continue
            }
            _ = fcntl(connection.socket.file.rawValue, F_SETFD, FD_CLOEXEC)
            guard reserve() else {
                try? connection.close()
                continue
            }
            Task {
                await self.serve(connection)
                self.release()
            }
        }
    }

    /// Answers the requests of one connection until it ends, is refused or times out; then closes it.
    private func serve(_ connection: AsyncSocket) async {
        defer { try? connection.close() }
        var reader = RequestHeadReader(limits: limits.head)
        while true {
            switch await readHead(&reader, from: connection) {
            case .success(let head):
                guard await answer(head, on: connection) else { return }
            case .failure(let problem as HTTPHead.Problem):
                if await send(Self.refusal(problem).encoded(withBody: true, closing: true), on: connection) {
                    await finish(connection)
                }
                return
            case .failure:
                return // closed by the client, or too slow
            }
        }
    }

    /// The next request head, read within `headTimeout`.
    private func readHead(_ reader: inout RequestHeadReader, from connection: AsyncSocket) async -> Result<HTTPHead, Error> {
        let deadline = SocketDeadline(seconds: limits.headTimeout, socket: connection.socket.file.rawValue)
        defer { deadline.cancel() }
        do {
            return .success(try await reader.next { try await connection.read(atMost: 4096) })
        } catch {
            return .failure(error)
        }
    }

    /// Answers one request (403 when its `Host` is not allowed); whether the connection goes on.
    private func answer(_ head: HTTPHead, on connection: AsyncSocket) async -> Bool {
        var closing = !head.keepsAlive || head.hasBody
        let reply: HTTPReply
        if hosts.allows(head.headers["host"], version: head.version) {
            reply = await handler.reply(to: head)
        } else {
            reply = .text(403, "weave serve answers only requests for localhost or the address it listens on")
            closing = true
        }
        guard await send(reply.encoded(withBody: head.method != "HEAD", closing: closing, version: head.version), on: connection) else {
            return false
        }
        if closing { await finish(connection) }
        return !closing
    }

    /// Sends `bytes` within `writeTimeout`; false when the connection ended first.
    private func send(_ bytes: Data, on connection: AsyncSocket) async -> Bool {
        let deadline = SocketDeadline(seconds: limits.writeTimeout, socket: connection.socket.file.rawValue)
        defer { deadline.cancel() }
        do {
            try await connection.write(bytes)
            return true
        } catch {
            return false
        }
    }

    /// Ends a connection after its last answer: no more writes, then what the client still sends is
    /// read and dropped (at most 1 MiB, for at most 2 s), so that closing does not reset the
    /// connection before the client has read the answer.
    private func finish(_ connection: AsyncSocket) async {
        let fd = connection.socket.file.rawValue
        shutdown(fd, Int32(SHUT_WR))
        let deadline = SocketDeadline(seconds: 2, socket: fd)
        defer { deadline.cancel() }
        var dropped = 0
        while dropped < 1 << 20, let bytes = try? await connection.read(atMost: 4096) { dropped += bytes.count }
    }

    static func refusal(_ problem: HTTPHead.Problem) -> HTTPReply {
        switch problem {
        case .requestLineTooLong: return .text(414, "the request line is too long")
        case .headTooLarge: return .text(431, "the request's header fields are too large")
        case .malformed(let reason): return .text(400, "bad request: \(reason)")
        }
    }

    private func reserve() -> Bool {
        open.withLock { open in
            guard open < limits.connections else { return false }
            open += 1
            return true
        }
    }

    private func release() {
        open.withLock { $0 -= 1 }
    }

    /// Lets the process open up to 16,384 files if its hard limit allows (many clients may be connected).
    private static func raiseDescriptorLimit() {
        var limit = rlimit()
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur < 16_384 else { return }
        limit.rlim_cur = min(limit.rlim_max, 16_384)
        _ = setrlimit(resource, &limit)
    }
}
