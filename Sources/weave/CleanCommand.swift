import ArgumentParser
import Foundation
import WeaveCore

/// `weave clean`: removes the built site and the cell cache.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Remove the built site and the cache of cell results.",
        discussion: """
        The cache of a notes folder lies beside it, in .weave-cache/ of its parent (or where `cache:` in its \
        weave.yml says). Without notes folders, removes .weave-cache/ here and, when this is a notes folder, \
        its cache. Removes a site folder only if weave wrote it, and a cache only if weave made it.
        """)

    @Argument(help: "The notes folders whose caches to remove.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "The site folder to remove.")
    var output: String = "build"

    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    func run() throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: output) {
            guard OutputFolder.isSite(URL(fileURLWithPath: output)) else {
                throw Refusal(description: "\(output) was not written by weave (no \(OutputFolder.marker) in it); it is left as it is")
            }
            try fm.removeItem(atPath: output)
            print("removed \(output)")
        }
        for cache in try caches() {
            for folder in try CacheLocation.remove(cache) { print("removed \(folder.path)") }
        }
    }

    /// The cache folders to remove: those of the notes folders given, else `.weave-cache` here and the
    /// cache of this folder when it holds notes.
    private func caches() throws -> [URL] {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var folders: [URL] = []
        var notesFolders = paths.map { URL(fileURLWithPath: $0).standardizedFileURL }
        if paths.isEmpty {
            folders.append(here.appendingPathComponent(CacheLocation.folderName))
            let names = (try? FileManager.default.contentsOfDirectory(atPath: here.path)) ?? []
            if names.contains(SiteSettings.fileName) || names.contains(where: { $0.lowercased().hasSuffix(".md") }) { notesFolders.append(here) }
        }
        for notes in notesFolders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: notes.path, isDirectory: &isFolder) else {
                throw Refusal(description: "\(notes.path): no such folder")
            }
            let root = isFolder.boolValue ? notes : notes.deletingLastPathComponent()
            folders.append(CacheLocation.folder(notesRoot: root, settings: try SiteSettings.load(notesRoot: root)))
        }
        var unique: [URL] = []
        for folder in folders where !unique.contains(where: { $0.standardizedFileURL.path == folder.standardizedFileURL.path }) {
            unique.append(folder)
        }
        return unique
    }
}
