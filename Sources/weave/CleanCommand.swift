import ArgumentParser
import Foundation
import WeaveCore

/// `weave clean`: removes the built site and the cell cache.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Remove the built site and the cache of cell results.")

    @Option(name: .shortAndLong, help: "The site folder to remove.")
    var output: String = "build"

    func run() throws {
        for path in [output, CourseRunner.cacheDirectory] where FileManager.default.fileExists(atPath: path) {
            try FileManager.default.removeItem(atPath: path)
            print("removed \(path)")
        }
    }
}
