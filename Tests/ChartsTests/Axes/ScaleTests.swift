@testable import Charts
import Testing

@Suite struct ScaleTests {
    @Test func linearMapsEndsAndMiddle() {
        let scale = Scale(type: .linear, domain: -6...6, start: 100, end: 700)
        #expect(scale.position(-6) == 100)
        #expect(scale.position(0) == 400)
        #expect(scale.position(6) == 700)
        #expect(scale.position(.nan) == nil)
        #expect(scale.position(.infinity) == nil)
    }

    @Test func yScaleRunsUpwards() {
        let scale = Scale(type: .linear, domain: 0...1, start: 300, end: 0)
        #expect(scale.position(1) == 0)
        #expect(scale.position(0.25) == 225)
    }

    @Test func logMapsDecadesEvenlyAndRejectsNonPositive() {
        let scale = Scale(type: .log, domain: 1e-8...1, start: 0, end: 800)
        #expect(abs(scale.position(1e-4)! - 400) < 1e-9)
        #expect(scale.position(0) == nil)
        #expect(scale.position(-1) == nil)
        #expect(scale.contains(1e-3))
        #expect(!scale.contains(10))
    }
}
