import Foundation
import Testing
@testable import NN

@Suite struct TensorNormTests {
    @Test func normsAgreeWithTheirClosedForms() {
        let x: Tensor = [[3, -4], [0, 1]]
        #expect(x.norm().shape == [])
        #expect(Swift.abs(x.norm().item() - 26.0.squareRoot()) < 1e-15)
        #expect(x.norm(p: 1, axis: 1).scalars == [7, 1])
        #expect(x.norm(p: 2, axis: 0).scalars == [3, 17.0.squareRoot()])
        #expect(x.norm(p: .infinity, axis: 0).scalars == [3, 4])
        #expect(x.norm(p: .infinity).item() == 4)
        #expect(Swift.abs(x.norm(p: 3).item() - Foundation.pow(92, 1.0 / 3)) < 1e-13)
        let kept = x.norm(p: 1, axes: [1], keepDims: true)
        #expect(kept.shape == [2, 1] && kept.scalars == [7, 1])
        #expect(x.norm(p: 1, axes: [0, 1]).item() == 8)
        #expect(x.norm(axis: -1).scalars == [5, 1])
    }

    @Test func gradientsMatchFiniteDifferences() {
        var g = RandomGenerator(seed: 5)
        let x = Tensor.gaussian([3, 4], using: &g)
        for p in [1, 1.5, 2, 3, .infinity] {
            #expect(gradientCheck([x]) { LayerTestSupport.weightedSum(x.norm(p: p, axis: 1)) }.passed, "p = \(p)")
            #expect(gradientCheck([x]) { x.norm(p: p) }.passed, "p = \(p)")
        }
    }

    @Test func subgradientsAtZeroAndTies() {
        let zero = Tensor([0, 0], requiresGrad: true)
        zero.norm().backward()
        #expect(zero.grad!.scalars == [0, 0])
        let tied = Tensor([2, -2, 1], requiresGrad: true)
        tied.norm(p: .infinity).backward()
        #expect(tied.grad!.scalars == [0.5, -0.5, 0])
        let signs = Tensor([2, -3, 0], requiresGrad: true)
        signs.norm(p: 1).backward()
        #expect(signs.grad!.scalars == [1, -1, 0])
    }

    @Test func nanPropagates() {
        #expect(Tensor([1, .nan, 3]).norm(p: .infinity).item().isNaN)
        #expect(Tensor([1, .nan]).norm().item().isNaN)
    }
}
