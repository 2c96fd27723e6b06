import Foundation
import Testing
@testable import WeaveCore

@Suite struct PageNamesTests {
    private func found(_ paths: [String]) -> [NoteDiscovery.Found] {
        paths.map { NoteDiscovery.Found(url: URL(fileURLWithPath: "/n/\($0)"), displayPath: "notes/\($0)", relativePath: $0) }
    }

    @Test func theMarkdownExtensionInAnyCaseBecomesHTML() {
        #expect(PageNames.url("a.md") == "a.html")
        #expect(PageNames.url("x.MD") == "x.html")
        #expect(PageNames.url("x.MD.md") == "x.MD.html")
        #expect(PageNames.url("第一章/反向传播.Md") == "第一章/反向传播.html")
    }

    @Test func twoNotesForOnePageAreAnErrorNamingBoth() {
        let (kept, errors) = PageNames.separateCollisions(found(["Index.md", "index.md", "x.MD", "x.MD.md", "x.md"]))
        #expect(kept.map(\.relativePath) == ["Index.md", "x.MD", "x.MD.md"])
        #expect(errors.map(\.description) == [
            "notes/index.md: error: this note and notes/Index.md would both be published as Index.html; rename one of them",
            "notes/x.md: error: this note and notes/x.MD would both be published as x.html; rename one of them",
        ])
    }
}
