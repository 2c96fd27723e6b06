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

extension FrontMatterTests {
    @Test func aMemorySizeBeyondAnyMachineIsAnErrorAtItsLine() {
        do {
            _ = try FrontMatter.parse("title: t\nmemory: 1e30GB\n", file: "a.md", firstLine: 2)
            Issue.record("no error")
        } catch {
            #expect(error.description == "a.md:3: error: front matter `memory` must be a size such as `2GB` or `512MB` (at most 1 PB), not `1e30GB`")
        }
    }
}
