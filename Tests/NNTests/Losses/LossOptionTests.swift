import Foundation
import Testing
@testable import NN

/// BCE's posWeight and weight, Huber, KL divergence and the batch-mean reduction.
@Suite struct LossOptionTests {
    @Test func posWeightScalesThePositiveTerm() {
        let z: Tensor = [[-2, 0.5, 3], [1, -0.3, 0]]
        let y: Tensor = [[1, 0, 1], [0.5, 1, 0]]
        let p: Tensor = [3, 0.5, 2]
        var expected: [Double] = []
        for i in 0..<6 {
            let s = 1 / (1 + Foundation.exp(-z.scalars[i])), pw = p.scalars[i % 3], t = y.scalars[i]
            expected.append(-(pw * t * Foundation.log(s) + (1 - t) * Foundation.log(1 - s)))
        }
        let loss = Loss.binaryCrossEntropyWithLogits(z, y, posWeight: p, reduction: .none)
        #expect(loss.allClose(Tensor(scalars: expected, shape: [2, 3]), relative: 1e-13))
        #expect(Loss.binaryCrossEntropyWithLogits(z, y, posWeight: Tensor(1))
            .allClose(Loss.binaryCrossEntropyWithLogits(z, y), relative: 1e-14))
        let w: Tensor = [[1], [4]]
        let weighted = Loss.binaryCrossEntropyWithLogits(z, y, weight: w, posWeight: p, reduction: .sum)
        let byHand = expected[0..<3].reduce(0, +) + 4 * expected[3..<6].reduce(0, +)
        #expect(Swift.abs(weighted.item() - byHand) < 1e-12)
        #expect(gradientCheck([z, y]) { Loss.binaryCrossEntropyWithLogits(z, y, weight: w, posWeight: p) }.passed)
        // Stable for large logits.
        #expect(!Loss.binaryCrossEntropyWithLogits(Tensor([800, -800]), Tensor([0, 1]), posWeight: Tensor(5)).hasNonFinite)
        let probabilities: Tensor = [0.2, 0.9]
        let bce = Loss.binaryCrossEntropy(probabilities, Tensor([1, 0]), weight: Tensor([2, 0.5]), reduction: .none)
        #expect(bce.allClose(Tensor([-2 * Foundation.log(0.2), -0.5 * Foundation.log(0.1)]), relative: 1e-12))
    }

    @Test func huberIsQuadraticThenLinear() {
        let d: Tensor = [-3, -0.5, 0, 0.5, 2]
        let zero = Tensor.zeros([5])
        #expect(Loss.huber(d, zero, reduction: .none).allClose(Tensor([2.5, 0.125, 0, 0.125, 1.5]), relative: 1e-15))
        #expect(Loss.huber(d, zero, delta: 2, reduction: .none).allClose(Tensor([4, 0.125, 0, 0.125, 2]), relative: 1e-15))
        #expect(Loss.huber(d, zero, delta: 0.5).allClose(0.5 * Loss.smoothL1(d, zero, beta: 0.5), relative: 1e-15))
        let x = Tensor([-3, -0.4, 0.7, 2.5])
        #expect(gradientCheck([x]) { Loss.huber(x, Tensor([0.1, 0, 0, 1]), delta: 1.2) }.passed)
        let g = Tensor([-3, 0.5], requiresGrad: true)
        Loss.huber(g, Tensor([0, 0]), delta: 2, reduction: .sum).backward()
        #expect(g.grad!.scalars == [-2, 0.5])
    }

    @Test func klDivergenceFollowsPyTorchsConvention() {
        let q: Tensor = [[0.25, 0.5, 0.25], [0.1, 0.2, 0.7]]
        let p: Tensor = [[0.5, 0.5, 0], [0.3, 0.3, 0.4]]
        let first = 0.5 * Foundation.log(2.0)
        let second = 0.3 * Foundation.log(3.0) + 0.3 * Foundation.log(1.5) + 0.4 * Foundation.log(0.4 / 0.7)
        #expect(Swift.abs(Loss.klDivergence(q.log(), p).item() - (first + second) / 2) < 1e-14)
        #expect(Swift.abs(Loss.klDivergence(q.log(), p, reduction: .sum).item() - (first + second)) < 1e-14)
        #expect(Swift.abs(Loss.klDivergence(q.log(), p, reduction: .mean).item() - (first + second) / 6) < 1e-14)
        let logP = Tensor([[Foundation.log(0.5), Foundation.log(0.5), -.infinity], [0.3, 0.3, 0.4].map(Foundation.log)])
        #expect(Loss.klDivergence(q.log(), logP, logTarget: true).allClose(Loss.klDivergence(q.log(), p), relative: 1e-14))
        // A zero target ignores even log q = −∞.
        let masked = Tensor([[0, -.infinity]], requiresGrad: true)
        let kl = Loss.klDivergence(masked, Tensor([[1, 0]]))
        #expect(kl.item() == 0)
        kl.backward()
        #expect(masked.grad!.scalars == [-1, 0])
    }

    @Test func klDivergenceGradientsMatchFiniteDifferences() {
        var g = RandomGenerator(seed: 17)
        let logits = Tensor.gaussian([3, 4], using: &g), targetLogits = Tensor.gaussian([3, 4], using: &g)
        let p = targetLogits.softmax()
        #expect(gradientCheck([logits, p]) { Loss.klDivergence(logits.logSoftmax(), p) }.passed)
        let logP = targetLogits.logSoftmax()
        #expect(gradientCheck([logits, logP]) { Loss.klDivergence(logits.logSoftmax(), logP, logTarget: true) }.passed)
    }

    @Test func batchMeanDividesByTheFirstAxis() {
        let x = Tensor.arange(6).view(2, 3)
        #expect(Loss.mse(x, Tensor.zeros([2, 3]), reduction: .batchMean).item() == 55.0 / 2)
    }
}
