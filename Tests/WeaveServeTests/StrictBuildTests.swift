import Foundation
import Testing

/// `weave build --strict`, run as the built binary: each problem printed once, as an error; a strict
/// build that fails leaves the previous site as it was; counts in the log agree in number.
@Suite(.serialized) struct StrictBuildTests {
    typealias Workspace = CommandLineTests.Workspace

    static let warned = "# 甲\n\nBad $\\frac{$ here and [[nowhere]].\n\n```swift-nn\ncheck(1 + 1 == 2, \"sum\")\n```\n"

    @Test func eachProblemIsPrintedOnceAndThePreviousSiteStays() throws {
        let work = try Workspace(["a.md": CommandLineTests.passing, "b.md": "# 乙\n\nFine.\n"])
        defer { work.cleanUp() }
        #expect(try work.weave("build", "notes", "--strict").status == 0)
        let site = work.root.appendingPathComponent("build")
        let before = try String(contentsOf: site.appendingPathComponent("b.html"), encoding: .utf8)

        try Self.warned.write(to: work.root.appendingPathComponent("notes/b.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: work.root.appendingPathComponent("notes/c.md").path, withDestinationPath: "/nonexistent")
        let strict = try work.weave("build", "notes", "--strict")
        #expect(strict.status != 0)
        let all = strict.out + strict.err
        for problem in ["notes/b.md:3: error: TeX error", "notes/b.md:3: error: broken wiki link [[nowhere]]",
                        "notes/c.md: error: skipped: it is a symbolic link to a file that does not exist"] {
            #expect(all.components(separatedBy: problem).count == 2, "printed once: \(problem)\n\(all)")
        }
        #expect(!all.contains(": warning: "), "in a strict build a warning is an error, and only that: \(all)")
        #expect(strict.err.contains("3 problems in a strict build, so the site was not written; the previous site in build is unchanged"), "\(strict.err)")
        #expect(try String(contentsOf: site.appendingPathComponent("b.html"), encoding: .utf8) == before)

        let plain = try work.weave("build", "notes")
        #expect(plain.status == 0, "without --strict the warnings do not stop the site")
        let plainAll = plain.out + plain.err
        #expect(plainAll.components(separatedBy: "notes/b.md:3: warning: broken wiki link [[nowhere]]").count == 2, "\(plainAll)")
        #expect(try String(contentsOf: site.appendingPathComponent("b.html"), encoding: .utf8) != before)
    }

    @Test func countsAgreeInNumber() throws {
        let work = try Workspace(["a.md": CommandLineTests.passing])
        defer { work.cleanUp() }
        let run = try work.weave("build", "notes")
        #expect(run.err.contains("notes/a.md: done (1 cell, 1 check; "), "\(run.err)")
        #expect(run.err.contains("1 note, 1 cell, 1 check; all passed in "), "\(run.err)")
        #expect(run.err.contains("wrote 1 page (1 rendered; 1 formula, 1 typeset, 0 failed; 0 warnings)"), "\(run.err)")
    }
}
