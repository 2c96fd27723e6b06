import Dispatch
import Foundation
import Synchronization

/// Shuts a connection's socket down if a step (reading a request head, sending an answer) is not
/// over in time; a read or write waiting on that socket then ends with "disconnected".
///
/// `cancel()` must be called when the step is over and before the socket is closed: after it returns
/// the socket is never touched, so a later connection reusing the descriptor is safe.
// Unchecked only for `timer`: Dispatch does not mark its source protocols `Sendable`, though a dispatch
// source may be used from any thread; the flags are in a Mutex.
final class SocketDeadline: @unchecked Sendable {
    /// Whether the step is over, and whether its time ran out first.
    private let flags = Mutex((over: false, passed: false))
    private let timer: DispatchSourceTimer

    init(seconds: Double, socket: Int32) {
        timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + seconds, leeway: .milliseconds(100))
        timer.setEventHandler {
            // The socket is shut down with the lock held, so `cancel()` cannot return in between.
            self.flags.withLock { flags in
                guard !flags.over else { return }
                flags.passed = true
                shutdown(socket, Int32(SHUT_RDWR))
            }
        }
        timer.resume()
    }

    /// Ends the step; returns whether its time had run out.
    @discardableResult
    func cancel() -> Bool {
        timer.cancel()
        return flags.withLock { flags in
            flags.over = true
            return flags.passed
        }
    }
}
