import Foundation
import Synchronization
@testable import WeaveCore

/// A temporary notes folder with the given files (relative path → contents), removed by `cleanUp()`.
struct TemporaryNotes {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-test-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent("notes/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("notes"), withIntermediateDirectories: true)
    }

    var notes: String { root.appendingPathComponent("notes").path }
    var site: URL { root.appendingPathComponent("build") }

    /// A runner over these notes without a cache that prints nothing: its log lines go to `lines`, if given.
    func runner(jobs: Int = 1, lines: LockedLines? = nil) -> CourseRunner {
        var runner = CourseRunner(paths: [notes], jobs: jobs, useCache: false)
        runner.log = { line in lines?.append(line) }
        runner.liveProgress = false
        return runner
    }

    /// Builds the site without a cache, printing nothing.
    func build() throws -> CheckReport {
        try runner(jobs: 2).build(output: site.path, strict: false)
    }

    func page(_ name: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(name), encoding: .utf8)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

/// Log lines collected from any thread.
final class LockedLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

/// A count any thread can add to.
final class LockedCount: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}

/// Every file of a site, relative path → bytes.
func siteFiles(_ site: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: site.path) else { return [:] }
    for case let path as String in enumerator {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
            out[path] = try Data(contentsOf: site.appendingPathComponent(path))
        }
    }
    return out
}
