import Foundation
import WeaveCore

/// `weave serve` run as a child process of the tests, in a temporary folder with its own notes.
final class ServeProcess {
    let folder: URL
    let process = Process()
    private(set) var port: UInt16 = 0
    private let errorLog: URL

    /// The `weave` binary SwiftPM built next to the test bundle.
    static var weave: URL {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: me).deletingLastPathComponent()
        // On macOS the test binary sits inside an .xctest bundle.
        while dir.path.contains(".xctest") { dir = dir.deletingLastPathComponent() }
        return dir.appendingPathComponent("weave")
    }

    /// Writes `notes` (relative path → text) into a new temporary folder.
    init(notes: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-serve-\(UUID().uuidString)")
        errorLog = folder.appendingPathComponent("stderr.txt")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("notes"), withIntermediateDirectories: true)
        for (path, text) in notes { try write(path, text) }
    }

    var notesFolder: URL { folder.appendingPathComponent("notes") }
    var site: URL { folder.appendingPathComponent("build") }

    /// Starts `weave serve notes --port 0 arguments…` and waits for the address it prints.
    func start(_ arguments: String...) throws {
        process.executableURL = Self.weave
        process.arguments = ["serve", "notes", "--port", "0", "-o", site.path] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errorLog)
        try process.run()
        var line = ""
        let deadline = Date().addingTimeInterval(60)
        while !line.contains("\n") && Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = line.range(of: #"http://[^ ]+:(\d+)/"#, options: .regularExpression),
              let port = UInt16(line[range].split(separator: ":").last!.dropLast()) else {
            throw Failure(message: "weave serve did not start: \(line)\n\(log)")
        }
        self.port = port
    }

    struct Failure: Error, CustomStringConvertible { var message: String; var description: String { message } }

    /// What the server printed on standard error.
    var log: String { (try? String(contentsOf: errorLog, encoding: .utf8)) ?? "" }

    func get(_ path: String) throws -> HTTPGet.Response { try HTTPGet.get(port: port, path) }

    func page(_ path: String) -> String? {
        guard let response = try? get(path), response.status == 200 else { return nil }
        return response.text
    }

    func status(_ page: String) throws -> (build: Int, version: Int, errors: [String]) {
        let body = try get("/__weave/status?page=\(page)").body
        let json = try JSONSerialization.jsonObject(with: body) as! [String: Any]
        return (json["build"] as! Int, json["version"] as! Int, json["errors"] as! [String])
    }

    func write(_ path: String, _ text: String) throws {
        let url = notesFolder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Polls `condition` every 10 ms until it holds (a throw counts as not yet); the seconds it took,
    /// or nil after `timeout`.
    @discardableResult
    func waitUntil(timeout: Double = 20, _ condition: () throws -> Bool) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if (try? condition()) == true { return Date().timeIntervalSince(start) }
            usleep(10_000)
        }
        return nil
    }

    /// The CPU time the server has used so far, in clock ticks (user + system, from /proc).
    var cpuTicks: Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the name: state is field 3 of the line, utime 14 and stime 15.
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }

    /// The processes below the server (the compiler, note programs).
    var descendants: Set<pid_t> { ChildProcesses.descendants(of: [process.processIdentifier]) }

    /// Sends `signal` and waits for the process to end; its exit status, or nil if it did not end in time.
    func stop(_ signal: Int32 = SIGINT, timeout: Double = 10) -> Int32? {
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        guard !process.isRunning else { return nil }
        return process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
    }

    /// Ends the server if it still runs and removes the folder.
    func cleanUp() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        try? FileManager.default.removeItem(at: folder)
    }
}

/// The name of a running process, from /proc (nil once it has ended or turned zombie).
func processName(_ pid: pid_t) -> String? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { return nil }
    let state = stat[stat.index(after: close)...].split(separator: " ").first
    guard state != "Z" else { return nil }
    return String(stat[stat.index(after: open)..<close])
}
