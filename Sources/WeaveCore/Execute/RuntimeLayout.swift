import Foundation

/// Where the parts of weave's runtime lie: the linked modules' object files and `.swiftmodule`s, the
/// system libraries' module maps, and the resource bundles the modules read.
///
/// Installed (`make install`), beside `PREFIX/bin/weave`:
///
///     PREFIX/lib/weave/weave-runtime              marker, with the version that installed it
///     PREFIX/lib/weave/Modules/NN.swiftmodule     … one per linked module
///     PREFIX/lib/weave/objects/NN/*.o             …
///     PREFIX/lib/weave/include/CBLAS/module.modulemap, shim.h
///     PREFIX/lib/weave/weave_NN.resources/        NN's bundled data
///
/// In a checkout, SwiftPM's build folder beside the executable (`NN.build/*.o`, `Modules/`,
/// `weave_NN.resources`) and the module maps in the checkout's `Sources/`.
public struct RuntimeLayout: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case installed, build }

    public var kind: Kind
    /// `PREFIX/lib/weave`, or SwiftPM's products folder.
    public var root: URL
    /// The folder of the system-library targets' folders (the checkout's `Sources` in the build layout).
    var systemModulesRoot: URL

    /// The installed runtime's folder for the executable in `executableDirectory` (`PREFIX/bin`).
    public static func installedRoot(executableDirectory: URL) -> URL {
        executableDirectory.deletingLastPathComponent().appendingPathComponent("lib/weave")
    }

    /// The marker file of an installed runtime.
    public static let marker = "weave-runtime"

    /// Where an installed weave was built from, as its marker file records it.
    public struct Origin: Equatable, Sendable {
        /// The git URL of weave's source.
        public var source: String?
        /// The commit built.
        public var commit: String?

        /// The marker file's text: the version, then `source:` and `commit:` lines for what is known.
        var markerText: String {
            var text = "weave \(WeaveVersion.current)\n"
            if let source, !source.isEmpty { text += "source: \(source)\n" }
            if let commit, !commit.isEmpty { text += "commit: \(commit)\n" }
            return text
        }

        /// Reads a marker file's text; unknown lines are ignored.
        init(markerText: String) {
            for line in markerText.split(separator: "\n") {
                if line.hasPrefix("source: ") { source = String(line.dropFirst(8)) }
                if line.hasPrefix("commit: ") { commit = String(line.dropFirst(8)) }
            }
        }

        init(source: String?, commit: String?) {
            self.source = source
            self.commit = commit
        }
    }

    /// Where the weave installed beside `executableDirectory` was built from; nil when it is not installed.
    public static func origin(executableDirectory: URL) -> Origin? {
        let marker = installedRoot(executableDirectory: executableDirectory).appendingPathComponent(Self.marker)
        guard let text = try? String(contentsOf: marker, encoding: .utf8) else { return nil }
        return Origin(markerText: text)
    }

    static func installed(_ root: URL) -> RuntimeLayout {
        RuntimeLayout(kind: .installed, root: root, systemModulesRoot: root.appendingPathComponent("include"))
    }

    static func build(_ products: URL) -> RuntimeLayout {
        // Sources/WeaveCore/Execute/RuntimeLayout.swift → Sources
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return RuntimeLayout(kind: .build, root: products, systemModulesRoot: sources)
    }

    /// The installed runtime if there is one beside the executable, else SwiftPM's build layout if the
    /// executable sits in a build folder; an error names both places when neither is there.
    static func find(executableDirectory: URL) throws(Diagnostic) -> RuntimeLayout {
        let fm = FileManager.default
        let installed = installedRoot(executableDirectory: executableDirectory)
        if fm.fileExists(atPath: installed.appendingPathComponent(marker).path) { return .installed(installed) }
        let build = RuntimeLayout.build(executableDirectory)
        if fm.fileExists(atPath: build.objectFolder(Toolchain.linkedModules[0]).path) { return build }
        throw Diagnostic(.error, file: "weave", """
            weave's runtime (the modules cells are compiled against) was not found: there is no installed runtime in \
            \(installed.path) (`make install` puts it there, beside bin/weave) and no SwiftPM build beside the executable \
            in \(executableDirectory.path) (`swift run weave` in a checkout of weave)
            """)
    }

    /// The `.swiftmodule` of `module`.
    func swiftModule(_ module: String) -> URL {
        modulesFolder.appendingPathComponent("\(module).swiftmodule")
    }

    /// The folder of the `.swiftmodule`s.
    var modulesFolder: URL { root.appendingPathComponent("Modules") }

    /// The folder of `module`'s object files.
    func objectFolder(_ module: String) -> URL {
        switch kind {
        case .installed: return root.appendingPathComponent("objects/\(module)")
        case .build: return root.appendingPathComponent("\(module).build")
        }
    }

    /// The folder holding the system-library target `module`'s `module.modulemap`.
    func systemModuleFolder(_ module: String) -> URL {
        systemModulesRoot.appendingPathComponent(module)
    }

    /// The resource bundles of `modules` (SwiftPM names them `<package>_<module>.resources`).
    func resourceBundles(for modules: [String]) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { name in
            name.hasSuffix(".resources") && modules.contains { name.hasSuffix("_\($0).resources") }
        }.sorted().map { root.appendingPathComponent($0) }
    }

    /// The error for a missing part of this runtime, with what to do about it.
    func missing(_ what: String, at url: URL) -> Diagnostic {
        switch kind {
        case .installed:
            return Diagnostic(.error, file: "weave", "weave's installed runtime in \(root.path) is incomplete: \(what) is missing (\(url.path)); install weave again with `make install`")
        case .build:
            return Diagnostic(.error, file: "weave", "\(what) was not found in the build folder (\(url.path)); build weave with `swift build` or run it with `swift run weave`")
        }
    }
}
