import Charts
import Testing

@Suite struct DeterminismTests {
    @Test(arguments: Fixtures.all.map(\.name))
    func sameInputGivesSameBytes(name: String) {
        let render = Fixtures.all.first { $0.name == name }!.svg
        #expect(checked(render()) == checked(render()))
    }

    @Test func idsAreDerivedFromContentAndUnique() {
        let ids = Fixtures.all.map { parseSVG($0.svg()).rootAttributes["id"] ?? "" }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("wv") && $0.count == 12 })
    }

    @Test func idsInsidePanelsAreUnique() {
        let parsed = parseSVG(Fixtures.panels.svg)
        #expect(Set(parsed.ids).count == parsed.ids.count)
        #expect(parsed.count("clipPath") == 4)
    }
}
