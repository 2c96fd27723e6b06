import Foundation
import Testing
@testable import WeaveCore

/// Builds with the caches on: pages that render again take their formulas from the formula store.
@Suite(.serialized) struct FormulaReuseTests {
    static let course = [
        "01-a.md": "# A\n\nInline $a^2 + b^2$ and $\\frac{1}{2}$.\n\n$$\n\\sum_i x_i\n$$\n\nBroken $\\frac{$.\n",
        "02-b.md": "# B\n\nOnly $\\eta$ here.\n",
    ]

    /// Builds and returns the "wrote …" line.
    func build(_ notes: TemporaryNotes) throws -> String {
        let lines = LockedLines()
        var runner = CourseRunner(paths: [notes.notes], jobs: 2, useCache: true)
        runner.cacheRoot = notes.root.appendingPathComponent("cache")
        runner.log = lines.append
        runner.liveProgress = false
        _ = try runner.build(output: notes.site.path, strict: false)
        return try #require(lines.all.last { $0.hasPrefix("wrote ") })
    }

    func emptyPageCache(_ notes: TemporaryNotes) throws {
        try FileManager.default.removeItem(at: notes.root.appendingPathComponent("cache/render"))
    }

    @Test func pagesRenderedAgainTypesetNothingAndGiveTheSameBytes() throws {
        let notes = try TemporaryNotes(Self.course)
        defer { notes.cleanUp() }
        #expect(try build(notes).contains("(2 rendered; 5 formulas, 5 typeset, 1 failed; 1 warning)"))
        let first = try notes.page("01-a.html")
        try emptyPageCache(notes)
        #expect(try build(notes).contains("(2 rendered; 5 formulas, 0 typeset, 1 failed; 1 warning)"), "the TeX error is kept too")
        #expect(try notes.page("01-a.html") == first)
    }

    @Test func editingOneFormulaTypesetsOnlyThatOne() throws {
        let notes = try TemporaryNotes(Self.course)
        defer { notes.cleanUp() }
        _ = try build(notes)
        let a = URL(fileURLWithPath: notes.notes).appendingPathComponent("01-a.md")
        let text = try String(contentsOf: a, encoding: .utf8)
        try text.replacingOccurrences(of: "a^2 + b^2", with: "a^2 + b^2 = c^2").write(to: a, atomically: false, encoding: .utf8)
        #expect(try build(notes).contains("(1 rendered; 5 formulas, 1 typeset, 1 failed; 1 warning)"))
        #expect(try notes.page("01-a.html").contains("c</mi>"))
    }

    @Test func anEquationNumberedAnewIsNotTakenFromTheCache() throws {
        // The same TeX with another number must not come back with the old number's HTML.
        let notes = try TemporaryNotes([
            "weave.yml": "equation_numbering: true\n",
            "01-a.md": "# A\n\n$$\nx^2 \\label{eq:x}\n$$\n",
            "02-b.md": "# B\n\n见 [[01-a#eq:x]]。\n",
        ])
        defer { notes.cleanUp() }
        _ = try build(notes)
        #expect(try notes.page("01-a.html").contains("<mtext>(1)</mtext>"))
        let a = URL(fileURLWithPath: notes.notes).appendingPathComponent("01-a.md")
        try "# A\n\n$$\ny\n$$\n\n$$\nx^2 \\label{eq:x}\n$$\n".write(to: a, atomically: false, encoding: .utf8)
        #expect(try build(notes).contains("(2 rendered;"), "the other note's link names the new number")
        let page = try notes.page("01-a.html")
        #expect(page.contains("<mtext>(1)</mtext>") && page.contains("<mtext>(2)</mtext>"))
        #expect(try notes.page("02-b.html").contains(">A › 式 (2)</a>"))
    }

    @Test func aDeletedNotesFormulasArePruned() throws {
        let notes = try TemporaryNotes(Self.course)
        defer { notes.cleanUp() }
        _ = try build(notes)
        let store = notes.root.appendingPathComponent("cache/math")
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.path).count == 2)
        try FileManager.default.removeItem(at: URL(fileURLWithPath: notes.notes).appendingPathComponent("02-b.md"))
        _ = try build(notes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.path).count == 1)
    }
}
