import Foundation
import Testing

/// NN and Charts as libraries of another package: a copy of this checkout, committed and tagged 9.9.9 in a
/// git repository of its own, is the dependency (by version, through a `file://` URL) of a scratch
/// package, which resolves, builds in debug and trains a model. The engine must still be compiled with
/// `-O` there, as it is here.
///
/// Building the engine takes minutes, so this runs only with `WEAVE_LIBRARY_TEST=1` (`.ci/run` runs it as
/// a step of its own).
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["WEAVE_LIBRARY_TEST"] == "1"))
struct LibraryDependencyTests {
    /// The checkout: Tests/NNTests/ → the package root.
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs a command found on PATH in `folder`; its status and its output and errors together.
    static func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("weave-library-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: try String(contentsOf: log, encoding: .utf8))
    }

    static let manifest = """
        // swift-tools-version:6.0
        import PackageDescription

        let package = Package(
            name: "experiments",
            dependencies: [.package(url: "REPOSITORY", exact: "9.9.9")],
            targets: [
                .executableTarget(name: "train", dependencies: [
                    .product(name: "NN", package: "weave"),
                    .product(name: "Charts", package: "weave"),
                ]),
            ]
        )
        """

    static let program = """
        import NN
        import Charts

        Random.seed(3)
        let x = Tensor.randn([64, 3])
        let y = x.matmul(Tensor([[1], [-2], [0.5]])) + 0.25
        let model = Linear(3, 1)
        let optimizer = SGD(model.allParameters, learningRate: 0.1)
        var losses: [Double] = []
        for _ in 0..<20 {
            optimizer.zeroGrad()
            let loss = Loss.mse(model(x), y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        }
        let chart = Chart(title: "Training loss", x: "step") { Line("loss", values: losses) }
        print("losses", losses.map { String($0) }.joined(separator: " "))
        print("chart", chart.svg.hasPrefix("<svg"))
        """

    @Test func aPackageDependsOnNNAndChartsByVersionAndTrainsAModel() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("weave-library-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }

        // The dependency: this checkout's package, committed and tagged in a repository of its own.
        let source = root.appendingPathComponent("weave")
        try fm.createDirectory(at: source, withIntermediateDirectories: true)
        for name in ["Package.swift", "Sources", "Tests"] {
            try fm.copyItem(at: Self.checkout.appendingPathComponent(name), to: source.appendingPathComponent(name))
        }
        for step in [["git", "init", "-q"], ["git", "add", "."],
                     ["git", "-c", "user.name=weave", "-c", "user.email=weave@localhost", "commit", "-q", "-m", "weave"],
                     ["git", "tag", "9.9.9"],
                     ["git", "clone", "-q", "--bare", source.path, root.appendingPathComponent("weave.git").path]] {
            let git = try Self.run(step, in: source)
            try #require(git.status == 0, "\(step.joined(separator: " ")): \(git.output)")
        }

        // The dependent: a package of its own that trains a linear model and draws its loss.
        let app = root.appendingPathComponent("experiments")
        try fm.createDirectory(at: app.appendingPathComponent("Sources/train"), withIntermediateDirectories: true)
        let url = "file://" + root.appendingPathComponent("weave.git").path
        try Self.manifest.replacingOccurrences(of: "REPOSITORY", with: url)
            .write(to: app.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        try Self.program.write(to: app.appendingPathComponent("Sources/train/main.swift"), atomically: true, encoding: .utf8)

        let started = Date()
        let run = try Self.run(["swift", "run", "train"], in: app)
        let seconds = Date().timeIntervalSince(started)
        try #require(run.status == 0, "\(run.output.suffix(4000))")
        #expect(!run.output.contains("unsafe build flags"))
        print("LibraryDependencyTests: resolved, built and ran the dependent package in \(Int(seconds)) s")

        let lines = run.output.split(separator: "\n")
        let losses = lines.first { $0.hasPrefix("losses ") }.map { $0.split(separator: " ").dropFirst().compactMap { Double($0) } } ?? []
        try #require(losses.count == 20, "\(run.output.suffix(2000))")
        #expect(zip(losses, losses.dropFirst()).allSatisfy { $1 < $0 }, "the loss falls at every step: \(losses)")
        #expect(losses.last! < losses.first! / 10)
        #expect(lines.contains("chart true"))

        // The engine is compiled optimized in the dependent's debug build, as in weave's own.
        let plan = try String(contentsOf: app.appendingPathComponent(".build/debug.yaml"), encoding: .utf8)
        let start = try #require(plan.range(of: #""C.NN-[^"]*-debug\.module":"#, options: .regularExpression))
        let rest = plan[start.upperBound...]
        let command = rest[..<(rest.range(of: "\n  \"")?.lowerBound ?? rest.endIndex)]
        #expect(command.contains("\"-O\""), "NN's compile command: \(command.suffix(3000))")
    }
}
