@testable import Charts
import Testing

@Suite struct SVGDocumentTests {
    @Test func rootIsAccessibleAndIdsDeriveFromContent() {
        let svg = SVGDocument.make(width: 100, height: 50, title: "T <1>", description: ["One.", "Two."], colorCount: 1,
                                   body: "<g id=\"\(SVGDocument.idPlaceholder)-c\"/>")
        let parsed = parseSVG(svg)
        let id = parsed.rootAttributes["id"] ?? ""
        #expect(id.hasPrefix("wv"))
        #expect(parsed.rootAttributes["role"] == "img")
        #expect(parsed.rootAttributes["aria-labelledby"] == "\(id)-t \(id)-d")
        #expect(parsed.rootAttributes["viewBox"] == "0 0 100 50")
        #expect(parsed.title == "T <1>")
        #expect(parsed.desc == "One. Two.")
        #expect(parsed.ids == [id, "\(id)-t", "\(id)-d", "\(id)-c"])
        let other = SVGDocument.make(width: 100, height: 50, title: "T <2>", description: [], colorCount: 1, body: "")
        #expect(parseSVG(other).rootAttributes["id"] != id)
    }

    /// The check the other tests rely on finds each kind of broken document (and passes a sound one).
    @Test(arguments: ["<svg><g></svg>", "<svg><text>a</txt></svg>", "<svg x=\"1\" x=\"2\"/>",
                      "<svg><text>a &lt b</text></svg>", "<svg>a & b</svg>", "<html></html>"])
    func theWellFormednessCheckCatchesBrokenXML(_ broken: String) {
        #expect(!inspectSVG(broken).problems.isEmpty)
    }

    @Test func theWellFormednessCheckPassesASoundDocument() {
        #expect(inspectSVG("<svg><g><text>a &amp; b</text></g></svg>").problems.isEmpty)
    }
}
