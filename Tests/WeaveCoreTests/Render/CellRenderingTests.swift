import Foundation
import Testing
@testable import WeaveCore

@Suite(.serialized) struct CellRenderingTests {
    @Test func cellOptionsDecideWhatThePageShows() throws {
        let notes = try TemporaryNotes(["c.md": """
        # C

        ```swift-nn hide
        print("hidden code")
        ```

        ```swift-nn nooutput
        print("no output")
        ```

        ```swift-nn norun
        print("never runs")
        ```

        ```swift
        let plain = "highlighted only"
        ```

        ```swift-nn
        check(2 > 1, "two exceeds one")
        Tensor([1, 2])
        ```
        """])
        defer { notes.cleanUp() }
        let report = try notes.build()
        #expect(report.succeeded)
        let page = try notes.page("c.html")
        #expect(!page.contains("hidden code</span>"), "hide: the code is not shown")
        #expect(page.contains("<pre class=\"output\">hidden code</pre>"), "hide: the output is shown")
        #expect(page.contains("no output"), "nooutput: the code is shown")
        #expect(!page.contains("<pre class=\"output\">no output</pre>"), "nooutput: the output is not")
        #expect(page.contains("not run (norun)"))
        #expect(!page.contains("<pre class=\"output\">never runs</pre>"))
        #expect(page.contains("<span class=\"hl-kw\">let</span> plain"))
        #expect(page.contains("<span class=\"mark\">✓</span> two exceeds one"))
        #expect(page.contains("<table class=\"tensor\"><caption>shape [2]</caption><tbody><tr><td>1</td><td>2</td></tr>"))
    }
}
