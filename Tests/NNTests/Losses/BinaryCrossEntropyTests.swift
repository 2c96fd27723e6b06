import Foundation
import Testing
@testable import NN

@Suite struct BinaryCrossEntropyTests {
    @Test func handComputedValue() {
        let p: Tensor = [0.9, 0.2]
        let y: Tensor = [1, 0]
        let expected = -(Foundation.log(0.9) + Foundation.log(0.8)) / 2
        #expect(Swift.abs(Loss.binaryCrossEntropy(p, y).item() - expected) < 1e-12)
    }

    @Test func onLogitsEqualsOnSigmoidOfLogits() {
        var g = RandomGenerator(seed: 41)
        let z = Tensor.gaussian([3, 4], std: 3, using: &g)
        let y = Tensor.uniform([3, 4], 0...1, using: &g)
        #expect(Loss.binaryCrossEntropyWithLogits(z, y, reduction: .none)
            .allClose(Loss.binaryCrossEntropy(z.sigmoid(), y, reduction: .none), relative: 1e-9))
        #expect(Swift.abs(Loss.binaryCrossEntropyWithLogits(z, y).item() - Loss.binaryCrossEntropy(z.sigmoid(), y).item()) < 1e-12)
    }

    @Test func onLogitsIsStableWhereProbabilitiesSaturate() {
        let z: Tensor = [100, -100, 800]
        let y: Tensor = [0, 1, 1]
        let loss = Loss.binaryCrossEntropyWithLogits(z, y, reduction: .none)
        #expect(loss.allClose(Tensor([100, 100, 0]), absolute: 1e-12))
        // On probabilities, the clamp at 1e-12 caps the loss at −log(1e-12) ≈ 27.6 instead of infinity.
        let clamped = Loss.binaryCrossEntropy(Tensor([1, 0]), Tensor([0, 1]), reduction: .none)
        #expect(clamped.allClose(Tensor([-Foundation.log(1e-12), -Foundation.log(1e-12)]), relative: 1e-3))
    }

    @Test func gradientsMatchFiniteDifferences() {
        var g = RandomGenerator(seed: 42)
        let p = Tensor.uniform([2, 3], 0.05...0.95, using: &g)
        let z = Tensor.gaussian([2, 3], std: 2, using: &g)
        let y = Tensor.uniform([2, 3], 0...1, using: &g)
        #expect(gradientCheck([p, y]) { Loss.binaryCrossEntropy(p, y) }.passed)
        #expect(gradientCheck([z, y]) { Loss.binaryCrossEntropyWithLogits(z, y) }.passed)
        #expect(gradientCheck([z, y]) { Loss.binaryCrossEntropyWithLogits(z, y, reduction: .sum) }.passed)
    }

    @Test func logitGradientIsSigmoidMinusTarget() {
        let z = Tensor(scalars: [-2, 0.5, 3], shape: [3], requiresGrad: true)
        let y: Tensor = [0, 1, 0.25]
        Loss.binaryCrossEntropyWithLogits(z, y, reduction: .sum).backward()
        #expect(z.grad!.allClose(z.sigmoid().detach() - y))
    }

    @Test func probabilitiesOutsideTheUnitIntervalAreRefused() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Loss.binaryCrossEntropy(Tensor([0.5, 1.5]), Tensor([1, 0]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("binaryCrossEntropy: expects probabilities in [0, 1] but got 1.5"))
        }
    }
}
