@testable import Charts
import Testing

@Suite struct ContentHashTests {
    @Test func stableAndSensitiveToContent() {
        #expect(ContentHash.hex(of: "") == "cbf29ce484")
        #expect(ContentHash.hex(of: "chart") == ContentHash.hex(of: "chart"))
        #expect(ContentHash.hex(of: "chart") != ContentHash.hex(of: "chart "))
        #expect(ContentHash.hex(of: "x").count == 10)
    }
}
