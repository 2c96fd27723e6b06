@testable import Charts
import Testing

@Suite struct NiceStepTests {
    @Test func picksSmallestNiceStepCoveringTheSpan() {
        #expect(NiceStep(span: 10, maxIntervals: 5) == NiceStep(mantissa: 2, exponent: 0))
        #expect(NiceStep(span: 10, maxIntervals: 3) == NiceStep(mantissa: 5, exponent: 0))
        #expect(NiceStep(span: 0.9, maxIntervals: 1) == NiceStep(mantissa: 1, exponent: 0))
        #expect(NiceStep(span: 7, maxIntervals: 1) == NiceStep(mantissa: 1, exponent: 1))
    }

    @Test func nextStepsThroughOneTwoFive() {
        let step = NiceStep(mantissa: 5, exponent: -2)
        #expect(step.next == NiceStep(mantissa: 1, exponent: -1))
        #expect(step.next.next == NiceStep(mantissa: 2, exponent: -1))
    }

    @Test func multiplesAreExactDecimals() {
        let step = NiceStep(mantissa: 1, exponent: -1)
        #expect(step.multiple(3) == 0.3)
        #expect(NiceStep(mantissa: 2, exponent: 3).multiple(-4) == -8000)
    }
}
