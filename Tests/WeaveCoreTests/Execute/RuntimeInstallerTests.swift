import Foundation
import Testing
@testable import WeaveCore

/// The runtime `make install` copies beside `bin/weave` (from this test binary's build folder), and how
/// the toolchain is found: installed first, then SwiftPM's build folder, with clear errors.
@Suite(.serialized) struct RuntimeInstallerTests {
    private let fm = FileManager.default

    private func temporaryFolder() -> URL {
        fm.temporaryDirectory.appendingPathComponent("weave-runtime-\(UUID().uuidString)")
    }

    @Test func anInstalledRuntimeCompilesCellsAndNNReadsItsDataFromTheInstall() throws {
        let prefix = temporaryFolder()
        defer { try? fm.removeItem(at: prefix) }
        try RuntimeInstaller.install(to: prefix.appendingPathComponent("lib/weave"))
        let toolchain = try Toolchain.locate(executableDirectory: prefix.appendingPathComponent("bin"))
        #expect(toolchain.runtime.kind == .installed)
        let inPrefix = { (path: String) in path.hasPrefix(prefix.path + "/") }
        #expect(toolchain.objectFiles.count > Toolchain.linkedModules.count && toolchain.objectFiles.map(\.path).allSatisfy(inPrefix))
        #expect(toolchain.includePaths.allSatisfy(inPrefix), "\(toolchain.includePaths)")

        let outcome = NoteExecutor(toolchain: toolchain, cache: nil).run(parse("""
        # Digits

        ```swift-nn
        let digits = try Digits.load()
        print("rows", digits.count)
        print("from", Digits.fileURL!.resolvingSymlinksInPath().path)
        ```
        """))
        #expect(outcome.cells.map(\.status) == [.passed], "\(outcome)")
        let printed = outcome.cells.flatMap(\.outputs).compactMap { if case .text(let s) = $0 { return s } else { return nil } }.joined()
        #expect(printed.contains("rows 1797"), "\(printed)")
        #expect(printed.contains("from \(prefix.resolvingSymlinksInPath().path)/lib/weave/weave_NN.resources/"), "\(printed)")
    }

    @Test func reinstallingReplacesTheRuntimeAndAForeignFolderIsRefused() throws {
        let root = temporaryFolder()
        defer { try? fm.removeItem(at: root) }
        let runtime = root.appendingPathComponent("lib/weave")
        try RuntimeInstaller.install(to: runtime)
        let stale = runtime.appendingPathComponent("objects/NN/Stale.swift.o")
        try Data("old".utf8).write(to: stale)
        try RuntimeInstaller.install(to: runtime)
        #expect(!fm.fileExists(atPath: stale.path), "a second install leaves no object of the first behind")
        #expect(fm.fileExists(atPath: runtime.appendingPathComponent(RuntimeLayout.marker).path))

        let photos = root.appendingPathComponent("photos")
        try fm.createDirectory(at: photos, withIntermediateDirectories: true)
        try Data("jpeg".utf8).write(to: photos.appendingPathComponent("a.jpg"))
        #expect {
            try RuntimeInstaller.install(to: photos)
        } throws: { ($0 as? Diagnostic)?.message.contains("not weave's runtime") == true }
        #expect(try fm.contentsOfDirectory(atPath: photos.path) == ["a.jpg"])
        #expect(try fm.contentsOfDirectory(atPath: root.path).sorted() == ["lib", "photos"], "no staging folder is left")
    }

    @Test func withoutARuntimeTheErrorNamesBothPlacesItLooked() throws {
        let bin = temporaryFolder().appendingPathComponent("bin")
        #expect {
            try Toolchain.locate(executableDirectory: bin)
        } throws: { error in
            let message = (error as? Diagnostic)?.message ?? ""
            return message.contains(bin.deletingLastPathComponent().appendingPathComponent("lib/weave").path)
                && message.contains("make install") && message.contains("swift run weave")
        }
    }

    @Test func anIncompleteInstallNamesWhatIsMissing() throws {
        let prefix = temporaryFolder()
        defer { try? fm.removeItem(at: prefix) }
        let runtime = prefix.appendingPathComponent("lib/weave")
        try RuntimeInstaller.install(to: runtime)
        try fm.removeItem(at: runtime.appendingPathComponent("include/CBLAS/module.modulemap"))
        #expect {
            try Toolchain.locate(executableDirectory: prefix.appendingPathComponent("bin"))
        } throws: { error in
            let message = (error as? Diagnostic)?.message ?? ""
            return message.contains("incomplete") && message.contains("CBLAS module map") && message.contains("make install")
        }
    }

    @Test func swiftcComesFromWEAVE_SWIFTCOrPATHAndItsAbsenceIsExplained() throws {
        let real = try Toolchain.findSwiftc(ProcessInfo.processInfo.environment)
        #expect(try Toolchain.findSwiftc(["PATH": "/nowhere:" + URL(fileURLWithPath: real).deletingLastPathComponent().path]) == real)
        #expect(try Toolchain.findSwiftc(["WEAVE_SWIFTC": real, "PATH": "/nowhere"]) == real)
        #expect { try Toolchain.findSwiftc(["PATH": "/nowhere"]) } throws: {
            ($0 as? Diagnostic)?.message.contains("WEAVE_SWIFTC") == true
        }
        #expect { try Toolchain.findSwiftc(["WEAVE_SWIFTC": "/nowhere/swiftc"]) } throws: {
            ($0 as? Diagnostic)?.message.contains("/nowhere/swiftc") == true
        }
    }
}
