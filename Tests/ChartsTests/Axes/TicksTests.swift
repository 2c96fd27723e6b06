@testable import Charts
import Testing

/// Nice-number tick selection for linear and log axes.
@Suite struct TicksTests {
    @Test func unitRangeGetsTenthsOrFifths() {
        let (values, step) = Ticks.linear(in: 0...1, maxCount: 6)
        #expect(values == [0, 0.2, 0.4, 0.6, 0.8, 1.0])
        #expect(step == NiceStep(mantissa: 2, exponent: -1))
        #expect(Ticks.linear(in: 0...1, maxCount: 11).values.count == 11)
    }

    @Test func symmetricRangeAroundZero() {
        #expect(Ticks.linear(in: -6...6, maxCount: 9).values == [-6, -4, -2, 0, 2, 4, 6])
        #expect(Ticks.linear(in: -6...6, maxCount: 4).values == [-5, 0, 5])
    }

    @Test func smallRangeIsWidenedToNiceEnds() throws {
        let domain = try #require(Ticks.niceLinearDomains(0.0013...0.27).first)
        #expect(domain == 0...0.3)
        let values = Ticks.linear(in: domain, maxCount: 7).values
        #expect(values == [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3])
        #expect(TickLabels.linear(values, step: NiceStep(mantissa: 5, exponent: -2)).last == "0.30")
    }

    @Test func tightDomainPicksTicksInside() {
        // A colour bar from 0.05 to 0.85 has ticks only inside its range.
        #expect(Ticks.linear(in: 0.05...0.85, maxCount: 4).values == [0.2, 0.4, 0.6, 0.8])
    }

    @Test func negativeRanges() {
        #expect(Ticks.niceLinearDomains(-9.3 ... -2.1).first == -10 ... -2)
        #expect(Ticks.linear(in: -10 ... -2, maxCount: 5).values == [-10, -8, -6, -4, -2])
        #expect(Ticks.linear(in: -0.03 ... -0.01, maxCount: 3).values == [-0.03, -0.02, -0.01])
    }

    @Test func decimalsComeOutExact() {
        let values = Ticks.linear(in: 0...0.7, maxCount: 8).values
        #expect(values.contains(0.3))
        #expect(values.contains(0.7))
        #expect(!values.contains(0.30000000000000004))
    }

    @Test func integerTicksNeverFractional() {
        #expect(Ticks.linear(in: 0...4, maxCount: 9, integers: true).values == [0, 1, 2, 3, 4])
        #expect(Ticks.linear(in: 1...2, maxCount: 9, integers: true).values == [1, 2])
    }

    @Test func degenerateRangeIsWidened() throws {
        let widened = Ticks.widenedIfDegenerate(5...5, type: .linear)
        #expect(widened.lowerBound < 5 && widened.upperBound > 5)
        #expect(Ticks.widenedIfDegenerate(0...0, type: .linear) == -1...1)
        #expect(Ticks.widenedIfDegenerate(1e-3...1e-3, type: .log) == 1e-4...1e-2)
        let ticks = Ticks.linear(in: try #require(Ticks.niceLinearDomains(widened).first), maxCount: 6).values
        #expect(ticks.contains(5))
        #expect(ticks.count >= 3)
        #expect(Ticks.linear(in: 3...3, maxCount: 5).values == [3])
    }

    @Test func logTicksOverEightDecades() {
        let domain = Ticks.niceLogDomain(1e-8...1)
        #expect(domain == 1e-8...1)
        let many = Ticks.log(in: domain, maxCount: 10)
        #expect(many.major.count == 9)
        #expect(many.major.first == 1e-8)
        #expect(TickLabels.log(many.major).first == "10⁻⁸")
        #expect(TickLabels.log(many.major).last == "10⁰")
        let few = Ticks.log(in: domain, maxCount: 5)
        #expect(few.major == [1e-8, 1e-6, 1e-4, 1e-2, 1])
        #expect(few.minor.count == 4)
    }

    @Test func logTicksWithinOneDecadeUseOneTwoFive() {
        let (major, _) = Ticks.log(in: 1...10, maxCount: 6)
        #expect(major == [1, 2, 5, 10])
        #expect(TickLabels.log(major) == ["1", "2", "5", "10"])
        let (narrow, _) = Ticks.log(in: 2...8, maxCount: 6)
        #expect(narrow == [2, 5])
    }

    @Test func logDomainWidensToPowersOfTen() {
        #expect(Ticks.niceLogDomain(0.003...47) == 0.001...100)
        #expect(Ticks.niceLogDomain(5...5) == 1...10)
        let (major, minor) = Ticks.log(in: 0.001...100, maxCount: 8)
        #expect(major == [0.001, 0.01, 0.1, 1, 10, 100])
        #expect(minor.contains(0.002) && minor.contains(90))
        #expect(TickLabels.log(major) == ["0.001", "0.01", "0.1", "1", "10", "100"])
    }

    @Test func hugeOffsetsDoNotOverflow() {
        let (values, _) = Ticks.linear(in: 1e300...(1e300 + 1e285), maxCount: 5)
        #expect(!values.isEmpty)
    }

    /// A narrow fixed range must not collapse to one tick when the next nice step is too coarse.
    @Test func narrowAxesKeepAtLeastTwoTicks() {
        #expect(Ticks.linear(in: -4...4, maxCount: 3).values == [-4, 0, 4])
        #expect(Ticks.linear(in: -4...4, maxCount: 2).values.count == 2)
        #expect(Ticks.linear(in: -3...3, maxCount: 3).values.count >= 2)
    }
}
