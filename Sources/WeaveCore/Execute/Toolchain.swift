import Foundation

/// Where the Swift compiler and the engine and runtime modules are, to compile note programs.
///
/// The modules come from weave's runtime: installed under `PREFIX/lib/weave` beside `PREFIX/bin/weave`
/// (`make install`), or, in a checkout, the modules SwiftPM built next to the executable. Their object
/// files are linked into each note program.
public struct Toolchain: Sendable {
    public var swiftc: String
    /// The runtime the modules come from.
    public var runtime: RuntimeLayout
    /// The object files of the linked modules.
    public var objectFiles: [URL]
    /// Include paths for the modules and the system-library module maps.
    public var includePaths: [String]
    /// Changes when any linked module is rebuilt (sizes and modification times of the objects).
    public var identity: String

    /// The modules note programs import and link, with the modules they depend on.
    static let linkedModules = ["NN", "Charts", "FormulaCheck", "CellProtocol", "CellRuntime"]
    /// The system-library targets (a folder holding a `module.modulemap`) the linked modules import.
    static let systemModules = ["CBLAS"]

    /// Finds the toolchain for the running executable (or the executable in `executableDirectory`):
    /// the installed runtime first, then SwiftPM's build layout; an error names what is missing.
    public static func locate(executableDirectory: URL? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment) throws(Diagnostic) -> Toolchain {
        let directory = executableDirectory ?? URL(fileURLWithPath: CommandLine.executablePath).deletingLastPathComponent()
        let runtime = try RuntimeLayout.find(executableDirectory: directory)
        return try Toolchain(runtime: runtime, swiftc: findSwiftc(environment))
    }

    /// The toolchain of `runtime`; an error names the first part of the runtime that is missing.
    init(runtime: RuntimeLayout, swiftc: String) throws(Diagnostic) {
        let fm = FileManager.default
        var objects: [URL] = []
        for module in Self.linkedModules {
            let folder = runtime.objectFolder(module)
            let files = (try? fm.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil))?
                .filter { $0.pathExtension == "o" }.sorted { $0.path < $1.path } ?? []
            guard !files.isEmpty else { throw runtime.missing("the object files of \(module)", at: folder) }
            guard fm.fileExists(atPath: runtime.swiftModule(module).path) else {
                throw runtime.missing("the \(module) module", at: runtime.swiftModule(module))
            }
            objects += files
        }
        for module in Self.systemModules {
            let map = runtime.systemModuleFolder(module).appendingPathComponent("module.modulemap")
            guard fm.fileExists(atPath: map.path) else { throw runtime.missing("the \(module) module map", at: map) }
        }
        // stat(2) directly: Foundation's resource values cost ~0.15 ms a file, and there are hundreds.
        let identity = objects.map { url -> String in
            var info = stat()
            guard stat(url.path, &info) == 0 else { return "\(url.lastPathComponent):missing" }
            return "\(url.lastPathComponent):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }.joined(separator: ";")
        self.swiftc = swiftc
        self.runtime = runtime
        self.objectFiles = objects
        self.includePaths = [runtime.modulesFolder.path] + Self.systemModules.map { runtime.systemModuleFolder($0).path }
        self.identity = Hasher64.hex(identity)
    }

    /// `WEAVE_SWIFTC`, else the first `swiftc` on `PATH`; an error says how to get one.
    public static func findSwiftc(_ environment: [String: String]) throws(Diagnostic) -> String {
        if let explicit = environment["WEAVE_SWIFTC"], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                throw Diagnostic(.error, file: "weave", "WEAVE_SWIFTC is \(explicit), which is not an executable file")
            }
            return explicit
        }
        for dir in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(dir)/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Diagnostic(.error, file: "weave", "swiftc was not found on PATH; cells are compiled with the Swift toolchain weave was built with: put its usr/bin on PATH, or set WEAVE_SWIFTC to its swiftc")
    }

    /// Whether the toolchain has LLVM's linker beside `swiftc` (Swift's Linux toolchains ship it): it links
    /// a note program against the runtime's objects faster than the system's gold, which a cell edit waits
    /// for (the bench course's cell edit: 0.384 s with gold, 0.362 s with lld, medians of 10).
    var usesLLD: Bool {
        FileManager.default.isExecutableFile(atPath: URL(fileURLWithPath: swiftc).deletingLastPathComponent().appendingPathComponent("ld.lld").path)
    }

    /// The swiftc arguments that compile `source` into `output`.
    func compileArguments(source: URL, output: URL) -> [String] {
        ["-Onone", "-module-name", "NoteProgram", "-suppress-warnings"]
            + (usesLLD ? ["-use-ld=lld"] : [])
            + includePaths.flatMap { ["-I", $0] }
            + [source.path] + objectFiles.map(\.path)
            + ["-lopenblas", "-o", output.path]
    }

    /// Places the runtime's resource bundles beside a compiled program, where `Bundle.module` of the
    /// linked modules looks first (the folder of the running executable), as symbolic links.
    func placeResources(beside program: URL) throws {
        let folder = program.deletingLastPathComponent()
        for bundle in runtime.resourceBundles(for: Self.linkedModules) {
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(bundle.lastPathComponent),
                                                       withDestinationURL: bundle)
        }
    }
}

extension CommandLine {
    /// The absolute path of the running executable.
    public static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: arguments[0]).standardizedFileURL.path
    }
}
