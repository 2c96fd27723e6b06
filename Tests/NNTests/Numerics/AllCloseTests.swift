import NN
import Testing

/// Comparing tensors: a NaN is never close to anything, and equal infinities are equal.
@Suite struct AllCloseTests {
    @Test func theLargestDifferenceIsNaNWhenEitherSideHasANaN() {
        let withNaN = Tensor([1, .nan, 3])
        let plain = Tensor([1, 2, 3])
        #expect(withNaN.maxAbsDifference(plain).isNaN)
        #expect(plain.maxAbsDifference(withNaN).isNaN)
        #expect(Tensor([.nan, 5]).maxAbsDifference(Tensor([1, 2])).isNaN, "a NaN before a larger difference")
        #expect(!withNaN.allClose(plain))
    }

    @Test func theLargestDifferenceIgnoresEqualInfinitiesAndSeesOthers() {
        #expect(Tensor([.infinity, 1]).maxAbsDifference(Tensor([.infinity, 1.5])) == 0.5)
        #expect(Tensor([.infinity]).maxAbsDifference(Tensor([-.infinity])) == .infinity)
        #expect(Tensor([2, -7, 1]).maxAbsDifference(Tensor([2.5, -4, 1])) == 3)
        #expect(Tensor([Double]()).maxAbsDifference(Tensor([Double]())) == 0)
    }
}
