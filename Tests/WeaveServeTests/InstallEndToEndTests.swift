import Foundation
import Testing
import WeaveCore

/// `make install` into a temporary prefix from a copy of this checkout, then the copy deleted and the
/// prefix moved, and the installed `weave` starting, checking and building a course in a folder of its
/// own with nothing but swiftc's folder and /usr/bin:/bin on PATH.
///
/// The release build takes many minutes, so this runs only with `WEAVE_INSTALL_TEST=1` (`.ci/run` runs
/// it as a step of its own).
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["WEAVE_INSTALL_TEST"] == "1"))
struct InstallEndToEndTests {
    /// The checkout: Tests/WeaveServeTests/ → the package root.
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs `executable arguments…` in `folder` with `environment`; its status and its output and errors together.
    static func run(_ executable: String, _ arguments: [String], in folder: URL, environment: [String: String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment
        let log = folder.appendingPathComponent(".run-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: try String(contentsOf: log, encoding: .utf8))
    }

    @Test func anInstalledWeaveStartsChecksAndBuildsACourseWithoutTheCheckout() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("weave-install-\(UUID().uuidString)")
        defer {
            try? fm.removeItem(at: root)
            // SwiftPM's lock files for the copy's build folder, named after its path, in the temporary folder.
            for name in (try? fm.contentsOfDirectory(atPath: fm.temporaryDirectory.path)) ?? [] where name.contains(root.lastPathComponent) {
                try? fm.removeItem(at: fm.temporaryDirectory.appendingPathComponent(name))
            }
        }
        let source = root.appendingPathComponent("source"), prefix = root.appendingPathComponent("prefix")
        try fm.createDirectory(at: source, withIntermediateDirectories: true)
        for name in ["Package.swift", "Package.resolved", "Makefile", "Sources", "Tests"]
        where fm.fileExists(atPath: Self.checkout.appendingPathComponent(name).path) {
            try fm.copyItem(at: Self.checkout.appendingPathComponent(name), to: source.appendingPathComponent(name))
        }
        let environment = ProcessInfo.processInfo.environment
        let make = try Self.run("/usr/bin/make", ["install", "PREFIX=\(prefix.path)"], in: source, environment: environment)
        try #require(make.status == 0, "\(make.output.suffix(3000))")
        #expect(make.output.contains("installed \(prefix.path)/bin/weave"))

        // The checkout (with its build folder) is gone and the prefix moved: the weave below has only itself.
        try fm.removeItem(at: source)
        let moved = root.appendingPathComponent("elsewhere")
        try fm.moveItem(at: prefix, to: moved)
        let weave = moved.appendingPathComponent("bin/weave").path
        let swiftc = try Toolchain.findSwiftc(environment)
        var minimal = ["PATH": URL(fileURLWithPath: swiftc).deletingLastPathComponent().path + ":/usr/bin:/bin",
                       "HOME": root.path, "LANG": "C.UTF-8"]
        let work = root.appendingPathComponent("work")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)

        let started = try Self.run(weave, ["init", "course"], in: work, environment: minimal)
        #expect(started.status == 0, "\(started.output)")
        #expect(started.output.contains("set WEAVE_SOURCE"), "a copy without git does not know its source: \(started.output)")
        let course = work.appendingPathComponent("course")
        let check = try Self.run(weave, ["check", "notes", "--junit", "report.xml"], in: course, environment: minimal)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("4 passed, 0 failed"), "\(check.output)")
        let build = try Self.run(weave, ["build", "notes"], in: course, environment: minimal)
        #expect(build.status == 0, "\(build.output)")
        let page = try String(contentsOf: course.appendingPathComponent("build/01-sigmoid.html"), encoding: .utf8)
        #expect(page.contains("<svg") && page.contains("class=\"katex"))

        // NN's bundled data comes from the installed runtime.
        try """
        # 数据

        ```swift-nn
        check(try Digits.load().count == 1797, "the bundled digits")
        ```
        """.write(to: course.appendingPathComponent("notes/02-digits.md"), atomically: true, encoding: .utf8)
        let data = try Self.run(weave, ["check", "notes"], in: course, environment: minimal)
        #expect(data.status == 0 && data.output.contains("6 passed, 0 failed"), "\(data.output)")

        // Without swiftc, the message says how to give weave one.
        minimal["PATH"] = "/usr/bin:/bin"
        if !fm.isExecutableFile(atPath: "/usr/bin/swiftc") {
            let without = try Self.run(weave, ["check", "notes", "--no-cache"], in: course, environment: minimal)
            #expect(without.status != 0 && without.output.contains("WEAVE_SWIFTC"), "\(without.output)")
        }

        let uninstall = try Self.run("/usr/bin/make", ["-f", Self.checkout.appendingPathComponent("Makefile").path, "uninstall",
                                                       "PREFIX=\(moved.path)"], in: root, environment: environment)
        #expect(uninstall.status == 0, "\(uninstall.output)")
        #expect(!fm.fileExists(atPath: weave) && !fm.fileExists(atPath: moved.appendingPathComponent("lib/weave").path))
    }
}
