import Foundation

/// Requests waiting for the next build (the reload script's long poll), suspended until a build
/// finishes, their deadline passes or the server shuts down. Nothing runs while they wait: no
/// polling, one timer each.
final class BuildWaiters: @unchecked Sendable {
    /// At most this many requests wait at once; more are turned away.
    let limit: Int
    private let lock = NSLock()
    /// The number of the latest finished build.
    private var latest = 0
    private var closed = false
    /// Each waiter by a number of its own, with the build it has seen.
    private var waiting: [Int: (since: Int, continuation: CheckedContinuation<Bool, Never>)] = [:]
    private var next = 0

    init(limit: Int) { self.limit = limit }

    /// Suspends until a build after `since` has finished, `timeout` seconds have passed or `close()`
    /// is called. Returns false at once, without waiting, when `limit` requests already wait.
    func wait(after since: Int, timeout: Double) async -> Bool {
        await withCheckedContinuation { continuation in
            lock.lock()
            if latest > since || closed {
                lock.unlock()
                continuation.resume(returning: true)
                return
            }
            guard waiting.count < limit else {
                lock.unlock()
                continuation.resume(returning: false)
                return
            }
            let id = next
            next += 1
            waiting[id] = (since, continuation)
            lock.unlock()
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [weak self] in self?.resume(id) }
        }
    }

    /// Build `number` has finished: resumes the requests that waited for it.
    func finished(build number: Int) {
        lock.lock()
        latest = max(latest, number)
        let done = take { $0 < latest }
        lock.unlock()
        for continuation in done { continuation.resume(returning: true) }
    }

    /// Resumes every request and lets later ones return at once.
    func close() {
        lock.lock()
        closed = true
        let done = take { _ in true }
        lock.unlock()
        for continuation in done { continuation.resume(returning: true) }
    }

    /// Requests waiting now.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return waiting.count
    }

    /// A waiter's deadline has passed.
    private func resume(_ id: Int) {
        lock.lock()
        let waiter = waiting.removeValue(forKey: id)
        lock.unlock()
        waiter?.continuation.resume(returning: true)
    }

    /// Removes the waiters whose `since` passes `test` and returns them; the caller holds the lock.
    private func take(_ test: (Int) -> Bool) -> [CheckedContinuation<Bool, Never>] {
        let done = waiting.filter { test($0.value.since) }
        for id in done.keys { waiting[id] = nil }
        return done.values.map(\.continuation)
    }
}
