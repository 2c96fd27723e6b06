import Foundation

/// Where the Swift compiler and the built engine and runtime modules are, to compile note programs.
///
/// The modules are the ones SwiftPM built next to the running `weave` executable; their object files
/// are linked into each note program.
public struct Toolchain: Sendable {
    public var swiftc: String
    /// The folder holding the `weave` executable and the built modules.
    public var productsDirectory: URL
    /// The object files of NN, Charts, FormulaCheck, CellProtocol and CellRuntime.
    public var objectFiles: [URL]
    /// Include paths for the modules and the system-library module maps.
    public var includePaths: [String]
    /// Changes when any linked module is rebuilt (sizes and modification times of the objects).
    public var identity: String

    static let linkedModules = ["NN", "Charts", "FormulaCheck", "CellProtocol", "CellRuntime"]

    /// Finds the toolchain for the running executable; an error names what is missing.
    public static func locate(productsDirectory: URL? = nil) throws(Diagnostic) -> Toolchain {
        let products = productsDirectory ?? URL(fileURLWithPath: CommandLine.executablePath).deletingLastPathComponent()
        let fm = FileManager.default
        var objects: [URL] = []
        for module in linkedModules {
            let folder = products.appendingPathComponent("\(module).build")
            let files = (try? fm.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey]))?
                .filter { $0.pathExtension == "o" }.sorted { $0.path < $1.path } ?? []
            if files.isEmpty {
                throw Diagnostic(.error, file: "weave", "the built \(module) module was not found in \(folder.path); run weave with `swift run weave`")
            }
            objects += files
        }
        let identity = objects.map { url -> String in
            let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey])
            return "\(url.lastPathComponent):\(values?.fileSize ?? 0):\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)"
        }.joined(separator: ";")
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let includes = [products.appendingPathComponent("Modules").path,
                        sources.appendingPathComponent("CBLAS").path]
        return Toolchain(swiftc: findSwiftc(), productsDirectory: products, objectFiles: objects,
                         includePaths: includes, identity: Hasher64.hex(identity))
    }

    private static func findSwiftc() -> String {
        if let explicit = ProcessInfo.processInfo.environment["WEAVE_SWIFTC"] { return explicit }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "/opt/swift/usr/bin/swiftc"
    }

    /// The swiftc arguments that compile `source` into `output`.
    func compileArguments(source: URL, output: URL) -> [String] {
        ["-Onone", "-module-name", "NoteProgram", "-suppress-warnings"]
            + includePaths.flatMap { ["-I", $0] }
            + [source.path] + objectFiles.map(\.path)
            + ["-lopenblas", "-o", output.path]
    }
}

extension CommandLine {
    /// The absolute path of the running executable.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: arguments[0]).standardizedFileURL.path
    }
}
