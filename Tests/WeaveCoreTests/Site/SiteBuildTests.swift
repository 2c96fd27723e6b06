import Foundation
import Testing
@testable import WeaveCore

@Suite(.serialized) struct SiteBuildTests {
    static let course = [
        "01-first.md": """
        ---
        title: 第一课
        date: 2025-01-01
        tags: [基础, 激活函数]
        ---

        # 第一课

        ## 激活函数

        The sigmoid is $\\sigma(x) = \\frac{1}{1+e^{-x}}$. See [[02-second#损失|the loss]].

        ```swift-nn
        let xs = Array(stride(from: -6.0, through: 6.0, by: 0.5))
        show(Chart(title: "σ", x: "x", y: "σ(x)") { Line("σ", function: { sigmoid($0) }, over: -6...6) })
        check(sigmoid(0), equals: 0.5, "σ(0) = 1/2")
        ```

        ![[figure.png]] and ![[../../etc/passwd]] and ![[nowhere.png]].
        """,
        "02-second.md": "# Second\n\n## 损失\n\n$$\na &= b \\\\\nc &= d\n$$\n\nBack to [[01-first]] and [[missing-note]].\n",
        "figure.png": "not really a png",
    ]

    @Test func buildsPagesIndexAndAssets() throws {
        let notes = try TemporaryNotes(Self.course)
        defer { notes.cleanUp() }
        let report = try notes.build()
        #expect(report.succeeded)
        let first = try notes.page("01-first.html")
        #expect(first.contains("<h2 id=\"激活函数\">"))
        #expect(first.contains("class=\"katex\""))
        #expect(first.contains("<svg"))
        #expect(first.contains("check-pass"))
        #expect(first.contains("href=\"02-second.html#损失\""))
        #expect(first.contains("src=\"files/figure.png\""))
        #expect(first.contains("[refused: ../../etc/passwd]"))
        #expect(first.contains("href=\"02-second.html\">Second →"))
        #expect(!first.contains("<script"))
        let index = try notes.page("index.html")
        #expect(index.contains("第一课") && index.contains("2025-01-01") && index.contains("激活函数"))
        #expect(FileManager.default.fileExists(atPath: notes.site.appendingPathComponent("assets/katex/katex.min.css").path))
        #expect(FileManager.default.fileExists(atPath: notes.site.appendingPathComponent("assets/katex/fonts/KaTeX_Main-Regular.woff2").path))
        #expect(FileManager.default.fileExists(atPath: notes.site.appendingPathComponent("files/figure.png").path))
        #expect(!FileManager.default.fileExists(atPath: notes.site.appendingPathComponent("files/etc").path))
        let warnings = report.warnings.map(\.description)
        #expect(warnings.contains { $0.contains("02-second.md:10: warning: broken wiki link [[missing-note]]") })
        #expect(warnings.contains { $0.contains("01-first.md:19: warning: refused image ../../etc/passwd") })
        #expect(warnings.contains { $0.contains("01-first.md:19: warning: missing image nowhere.png") })
    }

    @Test func katexStylesheetNamesOnlyWOFF2FontsAndEachIsInTheSite() throws {
        let notes = try TemporaryNotes(Self.course)
        defer { notes.cleanUp() }
        _ = try notes.build()
        let css = try notes.page("assets/katex/katex.min.css")
        let named = css.components(separatedBy: "url(fonts/").dropFirst().map { String($0.prefix { $0 != ")" }) }
        let copied = try FileManager.default.contentsOfDirectory(atPath: notes.site.appendingPathComponent("assets/katex/fonts").path)
        #expect(named.count == 20 && named.allSatisfy { $0.hasSuffix(".woff2") })
        #expect(Set(copied) == Set(named))
        #expect(css.contains("font-family:KaTeX_Main") && !css.contains(".ttf") && !css.contains(".woff)"))
    }

    @Test func woff2OnlyKeepsTheRestOfTheStylesheet() {
        let css = "@font-face{font-family:K;src:url(fonts/K.woff2) format('woff2'),url(fonts/K.woff) format('woff'),"
            + "url(fonts/K.ttf) format('truetype');font-weight:400}.katex{font:normal 1.21em KaTeX_Main}"
        #expect(SiteBuilder.woff2Only(css) == "@font-face{font-family:K;src:url(fonts/K.woff2) format('woff2');"
            + "font-weight:400}.katex{font:normal 1.21em KaTeX_Main}")
    }

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let notes = try TemporaryNotes(Self.course)
        defer { notes.cleanUp() }
        _ = try notes.build()
        let first = try snapshot(notes.site)
        _ = try notes.build()
        #expect(try snapshot(notes.site) == first)
    }

    @Test func aFailedWriteLeavesThePreviousSite() throws {
        let notes = try TemporaryNotes(Self.course)
        defer { notes.cleanUp() }
        _ = try notes.build()
        let before = try snapshot(notes.site)
        // A file where the staging folder must go makes the write fail half-way.
        let files = ["index.html": Data("new".utf8), "index.html/child": Data("x".utf8)]
        #expect(throws: (any Error).self) { try SiteBuilder.writeAtomically(files, to: notes.site) }
        #expect(try snapshot(notes.site) == before)
    }

    @Test func anInterruptedBuildLeavesTheOldSiteAndIsCleanedUpNextTime() throws {
        let notes = try TemporaryNotes(Self.course)
        defer { notes.cleanUp() }
        _ = try notes.build()
        let before = try snapshot(notes.site)
        // What a build killed half-way through writing leaves behind: a staging folder of a dead process.
        let leftover = notes.root.appendingPathComponent(".build.new-999999")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: leftover.appendingPathComponent("index.html"))
        #expect(try snapshot(notes.site) == before)
        _ = try notes.build()
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }

    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            result[url.path] = try Data(contentsOf: url)
        }
        return result
    }
}
