import Foundation

/// Tick values chosen by the "nice numbers" rule, and the axis domains that go with them.
enum Ticks {
    /// Multiples of the smallest nice step that puts at most `maxCount` ticks inside `domain`;
    /// with `integers`, the step is at least 1.
    static func linear(in domain: ClosedRange<Double>, maxCount: Int, integers: Bool = false) -> (values: [Double], step: NiceStep) {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0, span.isFinite else { return ([domain.lowerBound], NiceStep(mantissa: 1, exponent: 0)) }
        var step = NiceStep(span: span, maxIntervals: max(1, maxCount))
        if integers && step.exponent < 0 { step = NiceStep(mantissa: 1, exponent: 0) }
        guard max(abs(domain.lowerBound), abs(domain.upperBound)) / step.value < 1e15 else {
            return ([domain.lowerBound, domain.upperBound], step)
        }
        func count(_ s: NiceStep) -> Int { s.lastIndex(atOrBelow: domain.upperBound) - s.firstIndex(atOrAbove: domain.lowerBound) + 1 }
        var previous: NiceStep?
        while count(step) > max(1, maxCount) {
            previous = step
            step = step.next
        }
        // The next nice step can leave a single tick (−4…4 with room for three: 2 gives five, 5 gives
        // one); then keep every k-th tick of the smaller step instead, keeping 0 when it is there.
        if count(step) < 2, maxCount >= 2,
           let smaller = previous ?? Optional(NiceStep(span: span, maxIntervals: 2 * maxCount)), count(smaller) >= 2 {
            let first = smaller.firstIndex(atOrAbove: domain.lowerBound)
            let values = (first...smaller.lastIndex(atOrBelow: domain.upperBound)).map(smaller.multiple)
            var k = 2
            while (values.count + k - 1) / k > maxCount { k += 1 }
            let choices = (0..<k).map { offset in stride(from: offset, to: values.count, by: k).map { values[$0] } }
                .filter { $0.count <= maxCount }
            let best = choices.first { $0.count >= 2 && $0.contains(0) } ?? choices.max { $0.count < $1.count } ?? []
            return (best, smaller)
        }
        let first = step.firstIndex(atOrAbove: domain.lowerBound)
        let last = step.lastIndex(atOrBelow: domain.upperBound)
        guard first <= last else { return ([], step) }
        return ((first...last).map(step.multiple), step)
    }

    /// The most intervals an axis domain is cut into by the step its ends are multiples of.
    static let maxDomainIntervals = 9
    /// The most of an axis, on either side, that a domain should leave empty beyond the data.
    static let maxEmptyFraction = 0.2

    /// `domain` widened outwards to the first multiples beyond it of each nice step that cuts the result
    /// into at most `maxDomainIntervals` intervals, tightest first; empty for an empty or infinite span.
    static func niceLinearDomains(_ domain: ClosedRange<Double>) -> [ClosedRange<Double>] {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0, span.isFinite else { return [] }
        let magnitude = max(abs(domain.lowerBound), abs(domain.upperBound))
        var step = NiceStep(span: span, maxIntervals: maxDomainIntervals)
        var candidates: [ClosedRange<Double>] = []
        // Rounding both ends outwards adds up to two intervals, so the first step may not fit; the
        // larger ones do; the fourth is ten times the first.
        for _ in 0..<4 {
            guard magnitude / step.value < 1e15 else { break }
            let first = step.lastIndex(atOrBelow: domain.lowerBound), last = step.firstIndex(atOrAbove: domain.upperBound)
            let candidate = step.multiple(first)...step.multiple(last)
            if last - first <= maxDomainIntervals, !candidates.contains(candidate) { candidates.append(candidate) }
            step = step.next
        }
        return candidates.sorted { $0.upperBound - $0.lowerBound < $1.upperBound - $1.lowerBound }
    }

    /// Major and minor ticks for a log axis: powers of ten (every k-th one if there are many),
    /// or 1–2–5 multiples when the domain holds fewer than three powers of ten.
    static func log(in domain: ClosedRange<Double>, maxCount: Int) -> (major: [Double], minor: [Double]) {
        let low = log10(domain.lowerBound), high = log10(domain.upperBound)
        let firstDecade = Int(ceil(low - 1e-9)), lastDecade = Int(floor(high + 1e-9))
        let decadeCount = lastDecade - firstDecade + 1
        if decadeCount >= 3 {
            let stride = [1, 2, 3, 4, 5, 10, 20, 50, 100].first { (decadeCount + $0 - 1) / $0 <= max(2, maxCount) } ?? 100
            let decades = Array(firstDecade...lastDecade)
            let major = decades.filter { $0 % stride == 0 }.map(powerOfTen)
            var minor = decades.filter { $0 % stride != 0 }.map(powerOfTen)
            if stride == 1 && decadeCount <= 6 {
                minor = minorMultiples(in: domain)
            }
            return (major, minor)
        }
        let multiples: [Double] = ((firstDecade - 1)...(lastDecade + 1)).flatMap { decade -> [Double] in
            let power = powerOfTen(decade)
            return [power, 2 * power, 5 * power]
        }
        let lowest = domain.lowerBound * (1 - 1e-9), highest = domain.upperBound * (1 + 1e-9)
        let candidates = multiples.filter { $0 >= lowest && $0 <= highest }
        if candidates.count >= 2 && candidates.count <= max(2, maxCount) {
            return (candidates, minorMultiples(in: domain).filter { !candidates.contains($0) })
        }
        return (linear(in: domain, maxCount: maxCount).values.filter { $0 > 0 }, [])
    }

    /// `domain` widened outwards to whole powers of ten.
    static func niceLogDomain(_ domain: ClosedRange<Double>) -> ClosedRange<Double> {
        let low = floor(log10(domain.lowerBound) + 1e-9), high = ceil(log10(domain.upperBound) - 1e-9)
        return powerOfTen(Int(low))...powerOfTen(Int(max(high, low + 1)))
    }

    /// A domain with room around a single value, so that an axis can be drawn for it.
    static func widenedIfDegenerate(_ domain: ClosedRange<Double>, type: ScaleType) -> ClosedRange<Double> {
        guard domain.lowerBound == domain.upperBound else { return domain }
        let value = domain.lowerBound
        switch type {
        case .linear:
            let pad = value == 0 ? 1 : abs(value) * 0.1
            return (value - pad)...(value + pad)
        case .log:
            return (value / 10)...(value * 10)
        }
    }

    /// `10^exponent`, exact for negative exponents too.
    static func powerOfTen(_ exponent: Int) -> Double {
        exponent >= 0 ? pow(10, Double(exponent)) : 1 / pow(10, Double(-exponent))
    }

    private static func minorMultiples(in domain: ClosedRange<Double>) -> [Double] {
        let first = Int(floor(log10(domain.lowerBound))), last = Int(ceil(log10(domain.upperBound)))
        return (first...last).flatMap { decade in (2...9).map { Double($0) * powerOfTen(decade) } }
            .filter { $0 >= domain.lowerBound && $0 <= domain.upperBound }
    }
}
