import Testing
@testable import WeaveCore

@Suite struct FrontMatterTests {
    @Test func aDescriptionIsReadAndMustBeAText() throws {
        #expect(try FrontMatter.parse("description: 一句话\n", file: "a.md", firstLine: 2).description == "一句话")
        #expect(throws: Diagnostic.self) { try FrontMatter.parse("title: t\ndescription: [a, b]\n", file: "a.md", firstLine: 2) }
        do {
            _ = try FrontMatter.parse("title: t\ndescription: [a, b]\n", file: "a.md", firstLine: 2)
        } catch {
            #expect(error.description == "a.md:3: error: front matter `description` must be a text")
        }
    }
}
