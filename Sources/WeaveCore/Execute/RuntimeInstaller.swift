import Foundation

/// Copies the runtime of a weave built in a checkout to where an installed weave finds it
/// (`PREFIX/lib/weave`, see `RuntimeLayout`): what `make install` does after building.
public enum RuntimeInstaller {
    /// Installs the runtime beside the executable in `executableDirectory` (a SwiftPM build folder; by
    /// default the running weave's) into
    /// `destination`, replacing an earlier installed runtime there; returns the files' count.
    ///
    /// `source` and `commit` (the git URL and commit weave was built from, when known) are recorded in the
    /// marker file, for `weave init` to write into the course's CI workflow. The new runtime is assembled
    /// beside `destination` and moved into place only when complete.
    /// A folder at `destination` that is not an installed runtime and not empty is refused.
    @discardableResult
    public static func install(fromExecutableDirectory executableDirectory: URL? = nil, to destination: URL,
                               source: String? = nil, commit: String? = nil) throws(Diagnostic) -> Int {
        let directory = executableDirectory ?? URL(fileURLWithPath: CommandLine.executablePath).deletingLastPathComponent()
        let built = RuntimeLayout.build(directory)
        _ = try Toolchain(runtime: built, swiftc: "")
        let fm = FileManager.default
        let destination = destination.standardizedFileURL
        if fm.fileExists(atPath: destination.path), !fm.fileExists(atPath: destination.appendingPathComponent(RuntimeLayout.marker).path),
           !((try? fm.contentsOfDirectory(atPath: destination.path)) ?? []).isEmpty {
            throw Diagnostic(.error, file: destination.path, "this folder holds files that are not weave's runtime (no \(RuntimeLayout.marker) in it); weave will not replace it")
        }
        let staging = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).new-\(getpid())")
        let target = RuntimeLayout.installed(staging)
        var count = 0
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: target.modulesFolder, withIntermediateDirectories: true)
            for module in Toolchain.linkedModules {
                try fm.copyItem(at: built.swiftModule(module), to: target.swiftModule(module))
                try fm.createDirectory(at: target.objectFolder(module), withIntermediateDirectories: true)
                let objects = try fm.contentsOfDirectory(atPath: built.objectFolder(module).path).filter { $0.hasSuffix(".o") }
                for name in objects {
                    try fm.copyItem(at: built.objectFolder(module).appendingPathComponent(name),
                                    to: target.objectFolder(module).appendingPathComponent(name))
                }
                count += objects.count + 1
            }
            for module in Toolchain.systemModules {
                let from = built.systemModuleFolder(module), to = target.systemModuleFolder(module)
                try fm.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.copyItem(at: from, to: to)
                count += try fm.contentsOfDirectory(atPath: to.path).count
            }
            for bundle in built.resourceBundles(for: Toolchain.linkedModules) {
                try fm.copyItem(at: bundle.resolvingSymlinksInPath(), to: staging.appendingPathComponent(bundle.lastPathComponent))
                count += 1
            }
            let origin = RuntimeLayout.Origin(source: source, commit: commit)
            try Data(origin.markerText.utf8).write(to: staging.appendingPathComponent(RuntimeLayout.marker))
            _ = try Toolchain(runtime: target, swiftc: "")
            if fm.fileExists(atPath: destination.path) { try fm.removeItem(at: destination) }
            try fm.moveItem(at: staging, to: destination)
        } catch let diagnostic as Diagnostic {
            try? fm.removeItem(at: staging)
            throw diagnostic
        } catch {
            try? fm.removeItem(at: staging)
            throw Diagnostic(.error, file: destination.path, "could not install weave's runtime: \(ErrorDescription.words(error))")
        }
        return count
    }
}
