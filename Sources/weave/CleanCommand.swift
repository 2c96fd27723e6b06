import ArgumentParser
import Foundation
import WeaveCore

/// `weave clean`: removes the built site and the cell cache.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Remove the built site and the cache of cell results.",
        discussion: "Removes a site folder only if weave wrote it; any other folder is left alone.")

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
        if fm.fileExists(atPath: CourseRunner.cacheDirectory) {
            try fm.removeItem(atPath: CourseRunner.cacheDirectory)
            print("removed \(CourseRunner.cacheDirectory)")
        }
    }
}
