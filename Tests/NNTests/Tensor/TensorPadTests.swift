import Testing
@testable import NN

@Suite struct TensorPadTests {
    @Test func eachModeOnAVector() {
        let x: Tensor = [1, 2, 3]
        #expect(x.padded([(2, 1)]).scalars == [0, 0, 1, 2, 3, 0])
        #expect(x.padded([(1, 1)], mode: .constant(-7)).scalars == [-7, 1, 2, 3, -7])
        #expect(x.padded([(2, 2)], mode: .reflect).scalars == [3, 2, 1, 2, 3, 2, 1])
        #expect(x.padded([(2, 2)], mode: .replicate).scalars == [1, 1, 1, 2, 3, 3, 3])
        #expect(x.padded([(2, 2)], mode: .circular).scalars == [2, 3, 1, 2, 3, 1, 2])
        #expect(x.padded([(0, 0)], mode: .reflect).scalars == [1, 2, 3])
    }

    @Test func onlyTheLastAxesArePadded() {
        let x: Tensor = [[1, 2], [3, 4]]
        // PyTorch: F.pad(x, (0, 1, 1, 0), value=9) — last axis first.
        let y = x.padded([(1, 0), (0, 1)], mode: .constant(9))
        #expect(y.shape == [3, 3])
        #expect(y.scalars == [9, 9, 9, 1, 2, 9, 3, 4, 9])
        let images = Tensor.arange(0, 12).view(1, 1, 3, 4)
        let reflected = images.padded([(1, 1), (1, 1)], mode: .reflect)
        #expect(reflected.shape == [1, 1, 5, 6])
        // Row -1 mirrors row 1, column -1 mirrors column 1.
        #expect(reflected[0, 0, 0].scalars == [5, 4, 5, 6, 7, 6])
        #expect(reflected[0, 0, 1].scalars == [1, 0, 1, 2, 3, 2])
        #expect(images.padded([(0, 0), (2, 0)]).shape == [1, 1, 3, 6])
    }

    @Test func gradientsCollectAtTheCopiedValue() {
        let x = Tensor([1, 2, 3], requiresGrad: true)
        x.padded([(2, 2)], mode: .reflect).sum().backward()
        #expect(x.grad!.scalars == [2, 3, 2])
        x.zeroGrad()
        x.padded([(1, 3)]).sum().backward()
        #expect(x.grad!.scalars == [1, 1, 1])
        var g = RandomGenerator(seed: 8)
        let t = Tensor.gaussian([2, 3, 4], using: &g)
        for mode in [PaddingMode.constant(0.5), .reflect, .replicate, .circular] {
            #expect(gradientCheck([t]) { LayerTestSupport.weightedSum(t.padded([(1, 2), (2, 3)], mode: mode)) }.passed,
                    "\(mode)")
        }
    }
}
