import ArgumentParser
import Dispatch
import Foundation
import WeaveCore

/// Ctrl-C and SIGTERM during `weave build` or `weave check`: stop the running cell programs (they sit
/// in their own process groups, so the terminal's signal does not reach them), then exit 130.
/// The site is swapped in atomically and never once a shutdown has begun, so an interrupted build leaves
/// the previous one in place.
enum Interruption {
    // Unsafe but sound in use: only `stopChildrenOnSignal`, called once on the command's thread, writes it, and
    // nothing reads it (it keeps the sources alive). Not a `Mutex`: Swift 6 will not let a new dispatch
    // source be sent into one (it cannot tell the source is not shared).
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func stopChildrenOnSignal() {
        let queue = DispatchQueue(label: "weave.interruption")
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                FileHandle.standardError.write(Data("\nweave: interrupted; the site is as the last finished build left it\n".utf8))
                ChildProcesses.shared.terminateAll(grace: 0.5)
                exit(130)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Runs `work` (a build or a check); once a shutdown has begun, whatever it returned or threw, the
    /// command ends with 130 (the signal handler exits with 130 too, whichever comes first).
    static func exitCodeIfStopped<T>(_ work: () throws -> T) throws -> T {
        let result: T
        do {
            result = try work()
        } catch {
            if ChildProcesses.shared.isStopping { throw ExitCode(130) }
            throw error
        }
        if ChildProcesses.shared.isStopping { throw ExitCode(130) }
        return result
    }
}
