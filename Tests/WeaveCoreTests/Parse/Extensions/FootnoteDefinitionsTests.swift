import Testing
@testable import WeaveCore

@Suite struct FootnoteDefinitionsTests {
    @Test func aDefinitionAndItsIndentedLinesBecomeEmptyLines() {
        let body = "正文[^1]\n\n[^1]: 第一段\n    还是第一段\n\n    第二段\n\n后文\n"
        let result = FootnoteDefinitions.extract(body, firstLine: 5)
        #expect(result.body == "正文[^1]\n\n\n\n\n\n\n后文\n")
        #expect(result.definitions == [.init(label: "1", text: "第一段\n还是第一段\n\n第二段", line: 7)])
    }

    @Test func aLazyLineContinuesTheFirstParagraphButABlockDoesNot() {
        let result = FootnoteDefinitions.extract("[^a]: one\ntwo\n- list\n[^b]: three\n# heading\n", firstLine: 1)
        #expect(result.definitions.map(\.text) == ["one\ntwo", "three"])
        #expect(result.body == "\n\n- list\n\n# heading\n")
    }

    @Test func aDefinitionInsideFencedCodeOrIndentedTooFarIsNoDefinition() {
        let body = "```\n[^1]: code\n```\n    [^2]: indented\n[^ x]: space\n[^]: empty\n"
        let result = FootnoteDefinitions.extract(body, firstLine: 1)
        #expect(result.definitions.isEmpty)
        #expect(result.body == body)
    }
}
