import Foundation
import Synchronization

/// Requests waiting for the next build (the reload script's long poll), suspended until a build
/// finishes, their deadline passes or the server shuts down. Nothing runs while they wait: no
/// polling, one timer each.
final class BuildWaiters: Sendable {
    /// At most this many requests wait at once; more are turned away.
    let limit: Int

    private struct State {
        /// The number of the latest finished build.
        var latest = 0
        var closed = false
        /// Each waiter by a number of its own, with the build it has seen.
        var waiting: [Int: (since: Int, continuation: CheckedContinuation<Bool, Never>)] = [:]
        var next = 0

        /// Removes the waiters whose `since` passes `test` and returns them.
        mutating func take(_ test: (Int) -> Bool) -> [CheckedContinuation<Bool, Never>] {
            let done = waiting.filter { test($0.value.since) }
            for id in done.keys { waiting[id] = nil }
            return done.values.map(\.continuation)
        }
    }

    private let state = Mutex(State())

    init(limit: Int) { self.limit = limit }

    /// Suspends until a build after `since` has finished, `timeout` seconds have passed or `close()`
    /// is called. Returns false at once, without waiting, when `limit` requests already wait.
    func wait(after since: Int, timeout: Double) async -> Bool {
        await withCheckedContinuation { continuation in
            /// The answer now, or the number the waiter was given.
            enum Admission { case answer(Bool), waiting(Int) }
            let admission: Admission = state.withLock { state in
                if state.latest > since || state.closed { return .answer(true) }
                guard state.waiting.count < limit else { return .answer(false) }
                let id = state.next
                state.next += 1
                state.waiting[id] = (since, continuation)
                return .waiting(id)
            }
            switch admission {
            case .answer(let answer):
                continuation.resume(returning: answer)
            case .waiting(let id):
                DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [weak self] in self?.resume(id) }
            }
        }
    }

    /// Build `number` has finished: resumes the requests that waited for it.
    func finished(build number: Int) {
        let done = state.withLock { state in
            state.latest = max(state.latest, number)
            let latest = state.latest
            return state.take { $0 < latest }
        }
        for continuation in done { continuation.resume(returning: true) }
    }

    /// Resumes every request and lets later ones return at once.
    func close() {
        let done = state.withLock { state in
            state.closed = true
            return state.take { _ in true }
        }
        for continuation in done { continuation.resume(returning: true) }
    }

    /// Requests waiting now.
    var count: Int {
        state.withLock { $0.waiting.count }
    }

    /// A waiter's deadline has passed.
    private func resume(_ id: Int) {
        let waiter = state.withLock { $0.waiting.removeValue(forKey: id) }
        waiter?.continuation.resume(returning: true)
    }
}
