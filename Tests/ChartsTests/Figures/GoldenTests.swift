import Charts
import Testing

/// Each representative chart renders to exactly the bytes of its golden file, as well-formed XML.
@Suite struct GoldenTests {
    @Test(arguments: Fixtures.all.map(\.name))
    func matchesGolden(name: String) throws {
        let svg = Fixtures.all.first { $0.name == name }!.svg()
        parseSVG(svg)
        try expectGolden(svg, named: name)
    }
}
