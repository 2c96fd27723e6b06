@testable import Charts
import Testing

@Suite struct TickLabelsTests {
    @Test func sameDecimalsForAllLabelsAndRealMinus() {
        let labels = TickLabels.linear([-1, -0.5, 0, 0.5, 1], step: NiceStep(mantissa: 5, exponent: -1))
        #expect(labels == ["\u{2212}1.0", "\u{2212}0.5", "0.0", "0.5", "1.0"])
    }

    @Test func negativeZeroHasNoSign() {
        #expect(TickLabels.fixed(-0.0001, decimals: 2) == "0.00")
        #expect(TickLabels.fixed(-0.0, decimals: 0) == "0")
    }

    @Test func largeAndTinyNumbersUseTimesTenToThe() {
        let big = TickLabels.linear([0, 2e6, 4e6], step: NiceStep(mantissa: 2, exponent: 6))
        #expect(big == ["0", "2×10⁶", "4×10⁶"])
        let tiny = TickLabels.linear([0, 2.5e-7, 5e-7], step: NiceStep(mantissa: 5, exponent: -8))
        #expect(tiny == ["0", "2.5×10⁻⁷", "5.0×10⁻⁷"])
    }

    @Test func superscripts() {
        #expect(TickLabels.superscript(-12) == "⁻¹²")
        #expect(TickLabels.superscript(0) == "⁰")
    }
}
