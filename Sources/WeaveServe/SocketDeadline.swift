import Dispatch
import Foundation

/// Shuts a connection's socket down if a step (reading a request head, sending an answer) is not
/// over in time; a read or write waiting on that socket then ends with "disconnected".
///
/// `cancel()` must be called when the step is over and before the socket is closed: after it returns
/// the socket is never touched, so a later connection reusing the descriptor is safe.
final class SocketDeadline: @unchecked Sendable {
    private let lock = NSLock()
    private var over = false
    private var passed = false
    private let timer: DispatchSourceTimer

    init(seconds: Double, socket: Int32) {
        timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + seconds, leeway: .milliseconds(100))
        timer.setEventHandler { [lock] in
            lock.lock()
            defer { lock.unlock() }
            guard !self.over else { return }
            self.passed = true
            shutdown(socket, Int32(SHUT_RDWR))
        }
        timer.resume()
    }

    /// Ends the step; returns whether its time had run out.
    @discardableResult
    func cancel() -> Bool {
        timer.cancel()
        lock.lock()
        defer { lock.unlock() }
        over = true
        return passed
    }
}
