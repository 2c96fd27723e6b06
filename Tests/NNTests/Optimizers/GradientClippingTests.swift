import Testing
@testable import NN

@Suite struct GradientClippingTests {
    /// Two parameters whose gradients are [3, 4] and [12] (global norm 13), and one without a gradient.
    static func parameters() -> (a: Tensor, b: Tensor, unused: Tensor) {
        let a = Bowl.parameter([1, 1]), b = Bowl.parameter([1]), unused = Bowl.parameter([7])
        ((a * Tensor([3, 4])).sum() + (b * 12).sum()).backward()
        return (a, b, unused)
    }

    @Test func clipGradNormScalesEveryGradientByTheSameFactor() {
        let (a, b, unused) = Self.parameters()
        let norm = clipGradNorm([a, b, unused], maxNorm: 1)
        #expect(norm == 13)
        let scale: Double = 1 / (13 + 1e-6)
        #expect(a.grad!.allClose(Tensor([3 * scale, 4 * scale]), relative: 1e-14))
        #expect(b.grad!.allClose(Tensor([12 * scale]), relative: 1e-14))
        #expect(unused.grad == nil)
        // The norm after clipping is at most maxNorm, and the direction is kept (ratios unchanged).
        let after = (a.grad!.scalars + b.grad!.scalars).reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(after <= 1 && after > 1 - 1e-6)
        #expect(Swift.abs(a.grad!.scalars[1] / a.grad!.scalars[0] - 4.0 / 3) < 1e-14)
        #expect(Swift.abs(b.grad!.scalars[0] / a.grad!.scalars[0] - 4) < 1e-14)
        // A second call reports the clipped norm and changes nothing.
        let again = clipGradNorm([a, b], maxNorm: 1)
        #expect(Swift.abs(again - after) < 1e-15)
    }

    @Test func clipGradNormLeavesSmallGradientsAlone() {
        let (a, b, _) = Self.parameters()
        #expect(clipGradNorm([a, b], maxNorm: 20) == 13)
        #expect(a.grad!.scalars == [3, 4] && b.grad!.scalars == [12])
    }

    @Test func clipGradValueClampsEachValue() {
        let a = Bowl.parameter([1, 1, 1]), b = Bowl.parameter([1])
        ((a * Tensor([3, -5, 4])).sum() + (b * 12).sum()).backward()
        clipGradValue([a, b], limit: 3.5)
        #expect(a.grad!.scalars == [3, -3.5, 3.5])
        #expect(b.grad!.scalars == [3.5])
    }

    @Test func aNegativeMaxNormIsRefused() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            clipGradNorm([], maxNorm: -1)
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("clipGradNorm: maxNorm -1.0 must not be negative"))
            #expect(text.contains("GradientClippingTests.swift"))
        }
    }
}
