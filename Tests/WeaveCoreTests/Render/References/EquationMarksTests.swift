import Testing
@testable import WeaveCore

@Suite struct EquationMarksTests {
    @Test func labelsTagsAndNotagAreRead() {
        let marks = EquationMarks("a &= b \\label{eq:a} \\\\ c &= d \\label{eq:c} \\tag{3a}")
        #expect(marks.labels == ["eq:a", "eq:c"] && marks.tag == "3a" && !marks.tagStarred && !marks.unnumbered)
        #expect(EquationMarks("x \\tag*{(★)}").tagStarred)
        #expect(EquationMarks("x \\notag").unnumbered && EquationMarks("x \\nonumber").unnumbered)
        #expect(EquationMarks("x = 1") == EquationMarks(""))
    }

    @Test func anEmptyOrRepeatedLabelCountsOnce() {
        #expect(EquationMarks("x \\label{} \\label{eq:x} \\label{eq:x}").labels == ["eq:x"])
    }

    @Test func theFirstTagWins() {
        #expect(EquationMarks("x \\tag{1} \\tag{2}").tag == "1")
    }
}
