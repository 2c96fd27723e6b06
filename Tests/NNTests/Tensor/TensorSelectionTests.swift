import Foundation
import Testing
@testable import NN

/// `where` selects rather than blends, and masked values send back exactly 0 — never 0·∞ = NaN.
@Suite struct TensorSelectionTests {
    @Test func whereIgnoresNaNAndInfinityInTheBranchNotTaken() {
        let a = Tensor([1, .nan, 3, -.infinity], requiresGrad: true)
        let b = Tensor([.infinity, 2, .nan, 4], requiresGrad: true)
        let picked = Tensor.where(Tensor([1, 0, 1, 0]), a, b)
        #expect(picked.scalars == [1, 2, 3, 4])
        picked.sum().backward()
        #expect(a.grad!.scalars == [1, 0, 1, 0])
        #expect(b.grad!.scalars == [0, 1, 0, 1])
    }

    @Test func whereBroadcastsAllThreeAndMatchesFiniteDifferences() {
        var g = RandomGenerator(seed: 3)
        let condition: Tensor = [[1], [0]]
        let a = Tensor.gaussian([3], using: &g), b = Tensor.gaussian([2, 1], using: &g)
        let picked = Tensor.where(condition, a, b)
        #expect(picked.shape == [2, 3])
        #expect(picked.scalars == a.scalars + [Double](repeating: b.scalars[1], count: 3))
        #expect(gradientCheck([a, b]) { LayerTestSupport.weightedSum(Tensor.where(condition, a, b)) }.passed)
        #expect(Tensor.where(Tensor([1, 0]), Tensor([5, 6]), 0).scalars == [5, 0])
        #expect(Tensor.where(Tensor([1, 0]), -1, Tensor([5, 6])).scalars == [-1, 6])
    }

    @Test func anUnpickedLogarithmHasAFiniteGradient() {
        // PyTorch gives NaN here (0 · 1/0); the engine's chain rule keeps the unused branch at 0.
        let x = Tensor([-1, 0, 2], requiresGrad: true)
        let y = Tensor.where(x > 0, x.log(), 0)
        #expect(y.scalars == [0, 0, Foundation.log(2.0)])
        y.sum().backward()
        #expect(x.grad!.scalars == [0, 0, 0.5])
        let z = Tensor([-4, 9], requiresGrad: true)
        Tensor.where(z >= 0, z.sqrt(), z).sum().backward()
        #expect(z.grad!.scalars == [1, 1.0 / 6])
    }

    @Test func aZeroDerivativeBlocksAnInfiniteGradient() {
        let infinite = Tensor([.infinity, .infinity, .infinity])
        let x = Tensor([-1, 0.5, 3], requiresGrad: true)
        x.relu().backward(infinite)
        #expect(x.grad!.scalars == [0, .infinity, .infinity])
        x.zeroGrad()
        x.clamped(min: 0, max: 1).backward(infinite)
        #expect(x.grad!.scalars == [0, .infinity, 0])
        x.zeroGrad()
        x.sign().backward(infinite)
        #expect(x.grad!.scalars == [0, 0, 0])
        x.zeroGrad()
        (x * Tensor([0, 1, 0])).backward(Tensor([.nan, 2, .infinity]))
        #expect(x.grad!.scalars == [0, 2, 0])
    }

    @Test func maximumSelectsAndPropagatesNaN() {
        let a = Tensor([.nan, 1, 5, 2], requiresGrad: true)
        let b = Tensor([0, .nan, 3, 2], requiresGrad: true)
        let m = a.maximum(b)
        #expect(m.scalars[0].isNaN && m.scalars[1].isNaN)
        #expect(Array(m.scalars[2...]) == [5, 2])
        m.backward(Tensor([.infinity, .infinity, .infinity, .infinity]))
        // The NaN wins, the larger wins, a tie goes to the first; the loser gets exactly 0.
        #expect(a.grad!.scalars == [.infinity, 0, .infinity, .infinity])
        #expect(b.grad!.scalars == [0, .infinity, 0, 0])
        let c = Tensor([3, -2], requiresGrad: true)
        c.minimum(Tensor([.infinity, 0])).backward(Tensor([1, 1]))
        #expect(c.grad!.scalars == [1, 1])
    }

    @Test func droppedValuesGetZeroEvenFromAnInfiniteGradient() {
        let drop = Dropout(0.5, seed: 1)
        let x = Tensor(scalars: [Double](repeating: 1, count: 64), shape: [64], requiresGrad: true)
        let y = drop(x)
        y.backward(Tensor.full([64], .infinity))
        let dropped = y.scalars.indices.filter { y.scalars[$0] == 0 }
        #expect(!dropped.isEmpty && dropped.count < 64)
        #expect(dropped.allSatisfy { x.grad!.scalars[$0] == 0 })
        #expect(x.grad!.scalars.allSatisfy { !$0.isNaN })
    }

    @Test func divisionAndPowerKeepAZeroGradientZero() {
        let a = Tensor([1, 2], requiresGrad: true), b = Tensor([0, 4], requiresGrad: true)
        Tensor.where(Tensor([0, 1]), a / b, 0).sum().backward()
        #expect(a.grad!.scalars == [0, 0.25])
        #expect(b.grad!.scalars == [0, -2.0 / 16])
        let x = Tensor([0, 4], requiresGrad: true)
        Tensor.where(Tensor([0, 1]), x.pow(0.5), 0).sum().backward()
        #expect(x.grad!.scalars == [0, 0.25])
    }
}
