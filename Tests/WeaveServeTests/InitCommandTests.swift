import Foundation
import Testing
import Yams

/// `weave init DIR`, run as the built binary: a course that checks and builds as it is, and a folder
/// that is not empty left alone.
@Suite(.serialized) struct InitCommandTests {
    typealias Workspace = CommandLineTests.Workspace

    @Test func aNewCourseChecksAndBuildsAsItIs() throws {
        let work = try Workspace([:])
        defer { work.cleanUp() }
        let started = try work.weave("init", "课程", "--weave-source", "https://example.org/weave.git", "--weave-commit", "abc123")
        #expect(started.status == 0, "\(started.err)")
        for path in ["课程/notes/index.md", "课程/notes/01-sigmoid.md", "课程/notes/weave.yml", "课程/.gitignore",
                     "课程/.github/workflows/weave.yml"] {
            #expect(work.exists(path), "\(path)")
        }
        let ignored = try String(contentsOf: work.root.appendingPathComponent("课程/.gitignore"), encoding: .utf8)
        #expect(ignored.contains("build/") && ignored.contains(".weave-cache/"))

        let check = try work.weave("check", "课程/notes", "--junit", "report.xml")
        #expect(check.status == 0, "\(check.out)\(check.err)")
        #expect(check.out.split(separator: "\n").last == "4 passed, 0 failed", "two cells, two checks: \(check.out)")
        let build = try work.weave("build", "课程/notes", "-o", "site", "--strict")
        #expect(build.status == 0, "\(build.out)\(build.err)")
        let page = try String(contentsOf: work.root.appendingPathComponent("site/01-sigmoid.html"), encoding: .utf8)
        #expect(page.contains("<svg") && page.contains("katex"), "the note's chart and formulas are on its page")
        #expect(page.contains("<span class=\"figure-number\">图 1</span>") && page.contains("<a class=\"ref\" href=\"#fig-sigmoid\">1</a>"),
                "it shows how to number and refer to a figure (a strict build: no unknown label)")
        #expect(work.exists("site/print.html"))
        let home = try String(contentsOf: work.root.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("<title>课程</title>"), "the title comes from weave.yml")
    }

    @Test func theWorkflowChecksBuildsAndPublishesWithTheWeaveItWasGiven() throws {
        let work = try Workspace([:])
        defer { work.cleanUp() }
        #expect(try work.weave("init", "course", "--weave-source", "https://example.org/weave.git", "--weave-commit", "abc123").status == 0)
        let text = try String(contentsOf: work.root.appendingPathComponent("course/.github/workflows/weave.yml"), encoding: .utf8)
        let workflow = try #require(try Yams.load(yaml: text) as? [String: Any])
        let env = try #require(workflow["env"] as? [String: String])
        #expect(env["WEAVE_SOURCE"] == "https://example.org/weave.git" && env["WEAVE_COMMIT"] == "abc123")
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let build = try #require(jobs["build"] as? [String: Any])
        #expect((build["container"] as? String)?.hasSuffix("-bookworm") == true)
        let runs = ((build["steps"] as? [[String: Any]]) ?? []).compactMap { $0["run"] as? String }.joined(separator: "\n")
        let uses = ((build["steps"] as? [[String: Any]]) ?? []).compactMap { $0["uses"] as? String }
        #expect(runs.contains("libopenblas-dev") && runs.contains("libjavascriptcoregtk-4.1-dev"))
        #expect(runs.contains("make -C /tmp/weave-source install PREFIX=/opt/weave"))
        #expect(runs.contains("weave check notes --junit"))
        #expect(runs.contains("weave build notes -o build"))
        #expect(uses.contains { $0.hasPrefix("actions/upload-pages-artifact") })
        let steps = (build["steps"] as? [[String: Any]]) ?? []
        let apt = steps.firstIndex { ($0["run"] as? String)?.contains("apt-get install") == true }
        let checkout = steps.firstIndex { ($0["uses"] as? String)?.hasPrefix("actions/checkout") == true }
        #expect(apt != nil && checkout != nil && apt! < checkout!, "git is there before the checkout, so the checkout is a repository")
        let deploy = try #require(jobs["deploy"] as? [String: Any])
        #expect(((deploy["steps"] as? [[String: Any]]) ?? []).contains { ($0["uses"] as? String)?.hasPrefix("actions/deploy-pages") == true })
    }

    @Test func aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws {
        let work = try Workspace(["mine.md": "# 我的\n"])
        defer { work.cleanUp() }
        let run = try work.weave("init", "notes")
        #expect(run.status != 0)
        #expect(run.err.contains("notes: error: this folder is not empty (mine.md)"), "\(run.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.root.appendingPathComponent("notes").path) == ["mine.md"])

        // A repository just made with `git init` holds only .git: a course may start there.
        try FileManager.default.createDirectory(at: work.root.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
        #expect(try work.weave("init", "repo").status == 0)
        #expect(work.exists("repo/notes/index.md"))
    }
}
