@testable import Charts
import Foundation
import Testing

/// Axis domains hug the data: each end is the first nice multiple beyond it, so little of the axis is
/// empty, and the labelled ticks stay nice numbers.
@Suite struct AxisDomainTests {
    /// The fraction of the domain left empty below and above the data.
    private func emptyFractions(_ data: ClosedRange<Double>, _ domain: ClosedRange<Double>) -> (low: Double, high: Double) {
        let width = domain.upperBound - domain.lowerBound
        return ((data.lowerBound - domain.lowerBound) / width, (domain.upperBound - data.upperBound) / width)
    }

    /// Whether `value` is a whole multiple of `step`.
    private func isMultiple(_ value: Double, of step: Double) -> Bool {
        let k = value / step
        return abs(k - k.rounded()) < 1e-6
    }

    /// The 1–2–5 steps from 10⁻⁸ to 5×10⁸.
    private let niceSteps: [Double] = [1.0, 2, 5].flatMap { mantissa in (-8...8).map { mantissa * Ticks.powerOfTen($0) } }

    /// Whether both ends of `domain` are multiples of one nice step cutting it into at most the allowed intervals.
    private func hasNiceEnds(_ domain: ClosedRange<Double>) -> Bool {
        let width = domain.upperBound - domain.lowerBound
        return niceSteps.contains { step in
            width / step <= Double(Ticks.maxDomainIntervals) + 1e-6
                && isMultiple(domain.lowerBound, of: step) && isMultiple(domain.upperBound, of: step)
        }
    }

    /// Whether `step` is 1, 2 or 5 times a power of ten.
    private func isNiceStep(_ step: Double) -> Bool {
        niceSteps.contains { abs(step - $0) <= 1e-9 * $0 }
    }

    /// Random data ranges: spans from 10⁻⁴ to 10⁴, anywhere from well below zero to well above, a fifth from zero.
    private func randomRanges(_ count: Int, seed: UInt64) -> [ClosedRange<Double>] {
        var generator = LinearCongruential(seed: seed)
        return (0..<count).map { trial in
            let span = pow(10, generator.uniform() * 8 - 4)
            let low = trial % 5 == 0 ? 0 : (generator.uniform() * 4 - 2) * span
            return low...(low + span)
        }
    }

    /// The domain a linear axis of `length` pixels gets for `data`.
    private func domain(_ data: ClosedRange<Double>, length: Double, horizontal: Bool = true) -> ClosedRange<Double> {
        AxisTicks.niceLinearDomain(for: AxisConfig(), data: data, length: length, horizontal: horizontal)
    }

    @Test func theIssuesExampleGetsItsOwnRangeNotTwiceIt() {
        for length in [150.0, 250, 600] {
            #expect(domain(-6...6, length: length) == -6...6)
            #expect(domain(-5.7...5.9, length: length) == -6...6)
        }
        // A panel-sized chart labels fewer of the nice values but keeps the axis on the data.
        let chart = Chart(width: 200, height: 160) { Line(function: { $0 }, over: -6...6) }
        let layout = PlotLayout(plot: chart.plot, frame: Rect(x: 0, y: 0, width: 200, height: 160))
        #expect(layout.xDomain == -6...6)
        #expect(layout.yDomain == -6...6)
        #expect(layout.xTicks.values == [-5, 0, 5])
    }

    @Test func commonRangesGetTheirNaturalAxes() {
        #expect(domain(0.0025...0.9975, length: 560) == 0...1)
        #expect(domain(0.02...2.3, length: 300, horizontal: false) == 0...2.5)
        #expect(domain(1...20, length: 560) == 0...20)
        #expect(domain(0...0.971, length: 300, horizontal: false) == 0...1)
        #expect(domain(-0.14...0.000005, length: 560) == -0.14...0.02)
        // On a short axis, ticks every other multiple (20, 60) give way to a slightly wider domain labelled 50, 100.
        #expect(domain(20...90, length: 560) == 20...90)
        #expect(domain(20...90, length: 180) == 20...100)
    }

    @Test func overManyRangesAtMostAFifthOfTheAxisIsEmptyOnEitherSide() {
        var worst = 0.0
        for data in randomRanges(10_000, seed: 11) {
            for length in [150.0, 250, 600] {
                let domain = domain(data, length: length)
                let empty = emptyFractions(data, domain)
                #expect(domain.lowerBound <= data.lowerBound && domain.upperBound >= data.upperBound)
                #expect(empty.low <= 0.2 + 1e-9 && empty.high <= 0.2 + 1e-9, "\(data) → \(domain) at \(length) px")
                #expect(hasNiceEnds(domain), "\(domain) has no nice step")
                worst = max(worst, empty.low, empty.high)
            }
        }
        #expect(worst > 0.15, "the ranges tried should include awkward ones")
    }

    @Test func labelledTicksAreEvenlySpacedNiceNumbersInsideTheAxis() {
        var irregular = 0, axes = 0
        for data in randomRanges(2_000, seed: 5) {
            for length in [120.0, 200, 300, 600] {
                for horizontal in [true, false] {
                    let maxTicks = AxisTicks.maxCount(length: length, horizontal: horizontal)
                    let domain = domain(data, length: length, horizontal: horizontal)
                    let ticks = AxisTicks.choose(for: AxisConfig(), domain: domain, length: length, horizontal: horizontal)
                    axes += 1
                    #expect(ticks.values.count >= 2, "\(ticks.values) on \(domain) at \(length), \(horizontal)")
                    #expect(ticks.values.count <= maxTicks)
                    #expect(ticks.values.allSatisfy { $0 >= domain.lowerBound - 1e-9 && $0 <= domain.upperBound + 1e-9 })
                    let gaps: [Double] = zip(ticks.values.dropFirst(), ticks.values).map { $0 - $1 }
                    guard let gap = gaps.first else { continue }
                    #expect(gaps.allSatisfy { abs($0 - gap) <= 1e-6 * gap }, "\(ticks.values)")
                    // Every tick is a multiple of a nice step; the spacing is that step, or, rarely, a few of them.
                    let step = niceSteps.filter { step in ticks.values.allSatisfy { isMultiple($0, of: step) } }.max() ?? 0
                    #expect(step > 0 && isMultiple(gap, of: step), "\(ticks.values)")
                    if !isNiceStep(gap) { irregular += 1 }
                    if length >= 300 { #expect(isNiceStep(gap), "step \(gap) in \(ticks.values) on \(domain) at \(length)") }
                }
            }
        }
        // Only short axes (three ticks or fewer) fall back to ticks every few nice steps, such as −4, 0, 4.
        #expect(irregular * 50 <= axes, "\(irregular) of \(axes) axes have ticks every few nice steps")
    }
}
