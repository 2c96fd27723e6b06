import Foundation
import Testing
@testable import WeaveCore

@Suite struct BuildSummaryTests {
    @Test func theSummaryCountsTypesetAndFailedFormulasApartWithPlurals() throws {
        let notes = try TemporaryNotes(["a.md": "# 甲\n\n$\\frac{$ 与 $a$ 与 $b$\n"])
        defer { notes.cleanUp() }
        let lines = LockedLines()
        let runner = notes.runner(lines: lines)
        _ = try runner.build(output: notes.site.path, strict: false)
        let summary = try #require(lines.all.first { $0.hasPrefix("wrote ") })
        #expect(summary.hasPrefix("wrote 1 page (1 rendered; 3 formulas, 3 typeset, 1 failed; 1 warning) to "), "\(summary)")
    }

    @Test func unknownLabelsAreWarningsAtTheirLineInTheSummaryAndFailUnderStrict() throws {
        let notes = try TemporaryNotes(["a.md": "# 甲\n\n$$\nx \\label{eq:x}\n$$\n\n见 \\eqref{eq:x}、\\eqref{eq:y} 与 [[b#fig:z]]。\n", "b.md": "# 乙\n"])
        defer { notes.cleanUp() }
        for strict in [false, true] {
            let lines = LockedLines()
            let runner = notes.runner(lines: lines)
            let report = try runner.build(output: notes.site.path, strict: strict)
            #expect(report.warnings.map(\.description) == [
                "\(notes.notes)/a.md:7: warning: unknown label `eq:y` in \\eqref{eq:y}: no equation or figure of this note has that label",
                "\(notes.notes)/a.md:7: warning: unknown label `fig:z` in [[b#fig:z]]: b.md has no equation or figure with that label",
            ])
            #expect(report.failures.count == (strict ? 2 : 0))
            if !strict { #expect(lines.all.contains { $0.hasPrefix("wrote ") && $0.contains("; 2 warnings)") }, "\(lines.all)") }
        }
    }

    @Test func warningsFoundWhileParsingArePrintedWithThePagesAndFailUnderStrict() throws {
        let notes = try TemporaryNotes(["a.md": "甲[^1]\n\n![](missing.png)\n\n%% 没关上\n"])
        defer { notes.cleanUp() }
        for strict in [false, true] {
            let lines = LockedLines()
            let runner = notes.runner(lines: lines)
            let report = try runner.build(output: notes.site.path, strict: strict)
            let warnings = lines.all.filter { $0.contains(": warning: ") }.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
            // A strict build prints each problem once, as an error, with the failures (not as a warning too).
            #expect(warnings.sorted() == (strict ? [] : [
                "a.md:1: warning: footnote [^1] has no definition",
                "a.md:3: warning: missing image missing.png",
                "a.md:5: warning: an Obsidian comment opened with %% is never closed; it is shown as text",
            ]))
            #expect(report.warnings.count == 3)
            #expect(report.failures.count == (strict ? 3 : 0))
        }
    }
}
