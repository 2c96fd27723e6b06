import Testing
@testable import WeaveCore

@Suite struct NoteReferencesTests {
    static let equations = """
    # 公式

    $$
    a = 1 \\label{eq:a}
    $$

    $$
    b = 2
    $$

    $$
    c = 3 \\tag{C} \\label{eq:c}
    $$

    $$
    d = 4 \\notag \\label{eq:d}
    $$

    $$
    e = 5 \\label{eq:e}
    $$
    """

    func references(_ markdown: String, outcome: NoteOutcome? = nil, auto: Bool = false, images: Bool = false) -> NoteReferences {
        var settings = SiteSettings()
        settings.equationNumbering = auto
        settings.imageCaptions = images
        return NoteReferences(parse(markdown), outcome: outcome, style: NumberingStyle(settings))
    }

    @Test func withoutAutomaticNumberingOnlyLabelledEquationsTakeANumber() {
        let refs = references(Self.equations)
        #expect(refs.labels["eq:a"] == ReferenceTarget(kind: .equation, number: "1", id: "eq-a"))
        #expect(refs.labels["eq:c"] == ReferenceTarget(kind: .equation, number: "C", id: "eq-c"), "a tag is its own number")
        #expect(refs.labels["eq:d"] == ReferenceTarget(kind: .equation, number: nil, id: "eq-d"), "\\notag: no number")
        #expect(refs.labels["eq:e"]?.number == "2", "the unlabelled b and the tagged c take no number")
        #expect(refs.equations[NotePosition(line: 3, ordinal: 0)] == .init(assigned: 1, id: "eq-a"))
        #expect(refs.equations[NotePosition(line: 7, ordinal: 0)] == nil)
        #expect(refs.equations[NotePosition(line: 11, ordinal: 0)] == .init(assigned: nil, id: "eq-c"), "KaTeX typesets the tag")
    }

    @Test func automaticNumberingNumbersEveryDisplayButTaggedAndNotagged() {
        let refs = references(Self.equations, auto: true)
        #expect(refs.equations[NotePosition(line: 7, ordinal: 0)] == .init(assigned: 2, id: nil))
        #expect(["eq:a", "eq:c", "eq:d", "eq:e"].map { refs.labels[$0]?.number } == ["1", "C", nil, "3"])
    }

    @Test func displaysOnOneLineAndInsideContainersAreNumberedInOrderDownTheNote() {
        let refs = references("""
        > $$x \\label{eq:q}$$ and $$y \\label{eq:r}$$

        - item

          $$
          z \\label{eq:l}
          $$
        """)
        #expect(["eq:q", "eq:r", "eq:l"].map { refs.labels[$0]?.number } == ["1", "2", "3"])
        #expect(refs.equations[NotePosition(line: 1, ordinal: 1)]?.id == "eq-r")
    }

    @Test func aLabelDefinedTwiceIsAWarningAndIdsStayUnique() {
        let refs = references("# eq-x\n\n$$\na \\label{eq:x}\n$$\n\n$$\nb \\label{eq:x}\n$$\n")
        #expect(refs.warnings.map(\.description) == [
            "notes/test.md:7: warning: label `eq:x` is defined twice (first at line 3); references lead to the first",
        ])
        #expect(refs.labels["eq:x"] == ReferenceTarget(kind: .equation, number: "1", id: "eq-x-2"), "the heading has eq-x")
        #expect(refs.equations[NotePosition(line: 7, ordinal: 0)]?.id == "eq-x-3")
    }

    @Test func captionedOutputsOfShownCellsAreFiguresNumberedDownTheNote() {
        let markdown = "```swift-nn\nshow(a)\n```\n\n```swift-nn nooutput\nshow(b)\n```\n\n```swift-nn\nshow(c)\n```\n"
        let outcome = NoteOutcome(cells: [
            CellOutcome(index: 0, status: .passed, outputs: [
                .figure(text: "a", html: nil, caption: "A", label: "fig:a"), .display(text: "plain", html: nil),
                .figure(text: "a2", html: nil, caption: "A2", label: nil),
            ]),
            CellOutcome(index: 1, status: .passed, outputs: [.figure(text: "b", html: nil, caption: "B", label: "fig:b")]),
            CellOutcome(index: 2, status: .passed, outputs: [.figure(text: "c", html: nil, caption: "C", label: "fig:c")]),
        ])
        let refs = references(markdown, outcome: outcome)
        #expect(refs.labels["fig:a"] == ReferenceTarget(kind: .figure, number: "1", id: "fig-a"))
        #expect(refs.figures[NotePosition(line: 1, ordinal: 1)] == .init(number: 2, id: nil))
        #expect(refs.labels["fig:b"] == nil, "a nooutput cell shows no figure")
        #expect(refs.labels["fig:c"]?.number == "3")
    }

    @Test func imagesAloneWithAltTextAreFiguresWhenTheSiteAsksForIt() {
        let markdown = "![网络结构](net.png)\n\n文字 ![内联](x.png)\n\n![](no-alt.png)\n\n![第二张](b.png)\n"
        #expect(references(markdown).figures.isEmpty)
        let refs = references(markdown, images: true)
        #expect(refs.figures == [NotePosition(line: 1, ordinal: 0): .init(number: 1), NotePosition(line: 7, ordinal: 0): .init(number: 2)])
    }
}
