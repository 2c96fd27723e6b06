import Foundation
import Testing
@testable import WeaveCore

@Suite struct UnsyncedFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-unsynced-\(UUID().uuidString)")

    @Test func writeCreatesAndTruncates() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("页面.html")
        try UnsyncedFile.write(Data(repeating: 7, count: 100_000), to: file)
        #expect(try Data(contentsOf: file) == Data(repeating: 7, count: 100_000))
        try UnsyncedFile.write(Data("short".utf8), to: file)
        #expect(try Data(contentsOf: file) == Data("short".utf8))
    }

    @Test func replaceLeavesOnlyTheNewFile() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("entry.json")
        try UnsyncedFile.replace(file, with: Data("old".utf8))
        try UnsyncedFile.replace(file, with: Data("new".utf8))
        #expect(try Data(contentsOf: file) == Data("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["entry.json"])
    }

    @Test func aMissingFolderIsAnErrorNamingTheFile() throws {
        let file = folder.appendingPathComponent("no/such/dir/x.html")
        for attempt in [{ try UnsyncedFile.write(Data(), to: file) }, { try UnsyncedFile.replace(file, with: Data()) }] {
            let error = #expect(throws: (any Error).self) { try attempt() }
            #expect("\(error.map { $0.localizedDescription } ?? "")".contains("no/such/dir"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
