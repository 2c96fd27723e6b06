import Foundation
import Testing
@testable import NN

/// Class weights, ignored labels and label smoothing, against PyTorch's formulas written out by hand.
@Suite struct CrossEntropyOptionsTests {
    let logits: Tensor = [[2, -1, 0.5], [0.1, 0.2, 0.3], [-2, 3, 1], [1, 1, -1]]
    let labels = [0, 2, 1, 2]
    let weight: Tensor = [0.2, 1.5, 3]

    /// log softmax of one row, from its definition.
    func logSoftmax(_ row: [Double]) -> [Double] {
        let logSum = Foundation.log(row.map { Foundation.exp($0) }.reduce(0, +))
        return row.map { $0 - logSum }
    }

    var rows: [[Double]] { logits.rows.map(logSoftmax) }

    @Test func weightedMeanDividesByTheWeightsOfTheLabels() {
        let terms = labels.indices.map { n in weight.scalars[labels[n]] * -rows[n][labels[n]] }
        let denominator = labels.map { weight.scalars[$0] }.reduce(0, +)
        let mean = Loss.crossEntropy(logits, labels: labels, weight: weight)
        #expect(Swift.abs(mean.item() - terms.reduce(0, +) / denominator) < 1e-14)
        let none = Loss.crossEntropy(logits, labels: labels, weight: weight, reduction: .none)
        #expect(none.allClose(Tensor(terms), relative: 1e-14))
        #expect(Swift.abs(Loss.crossEntropy(logits, labels: labels, weight: weight, reduction: .sum).item()
                          - terms.reduce(0, +)) < 1e-14)
        // Weights of 1 change nothing.
        #expect(Loss.crossEntropy(logits, labels: labels, weight: [1, 1, 1]).allClose(Loss.crossEntropy(logits, labels: labels)))
    }

    @Test func ignoredExamplesCountForNothing() {
        let withIgnored = [0, -100, 1, -100]
        let loss = Loss.crossEntropy(logits, labels: withIgnored, ignoreIndex: -100)
        let expected = (-rows[0][0] - rows[2][1]) / 2
        #expect(Swift.abs(loss.item() - expected) < 1e-14)
        let weighted = Loss.crossEntropy(logits, labels: withIgnored, weight: weight, ignoreIndex: -100)
        #expect(Swift.abs(weighted.item() - (0.2 * -rows[0][0] + 1.5 * -rows[2][1]) / 1.7) < 1e-14)
        #expect(Loss.crossEntropy(logits, labels: withIgnored, ignoreIndex: -100, reduction: .none).scalars[1] == 0)
        // Everything ignored: 0/0, as in PyTorch.
        #expect(Loss.crossEntropy(logits, labels: [7, 7, 7, 7], ignoreIndex: 7).item().isNaN)
        // An ignored row gets no gradient, even when its logits are not finite.
        let x = Tensor([[1, 2], [.infinity, 0]], requiresGrad: true)
        let l = Loss.crossEntropy(x, labels: [1, -1], ignoreIndex: -1)
        #expect(l.item().isFinite)
        l.backward()
        #expect(x.grad!.scalars[2...].allSatisfy { $0 == 0 })
        #expect(!x.grad!.hasNonFinite)
    }

    @Test func labelSmoothingMixesInTheUniformDistribution() {
        let eps = 0.1, c = 3.0
        let perExample = labels.indices.map { n in
            (1 - eps) * -rows[n][labels[n]] + eps / c * rows[n].map { -$0 }.reduce(0, +)
        }
        let smoothed = Loss.crossEntropy(logits, labels: labels, labelSmoothing: eps, reduction: .none)
        #expect(smoothed.allClose(Tensor(perExample), relative: 1e-14))
        let soft = Tensor.oneHot(labels, classes: 3) * (1 - eps) + eps / c
        #expect(Loss.crossEntropy(logits, targets: soft).allClose(Loss.crossEntropy(logits, labels: labels, labelSmoothing: eps),
                                                                relative: 1e-14))
        #expect(Loss.crossEntropy(logits, targets: Tensor.oneHot(labels, classes: 3), labelSmoothing: eps)
            .allClose(Loss.crossEntropy(logits, targets: soft), relative: 1e-14))
    }

    @Test func smoothingWithWeightsKeepsTheLabelDenominator() {
        let eps = 0.2, w = weight.scalars
        let total = labels.indices.map { n in
            (1 - eps) * w[labels[n]] * -rows[n][labels[n]]
                + eps / 3 * (0..<3).map { w[$0] * -rows[n][$0] }.reduce(0, +)
        }.reduce(0, +)
        let denominator = labels.map { w[$0] }.reduce(0, +)
        let loss = Loss.crossEntropy(logits, labels: labels, weight: weight, labelSmoothing: eps)
        #expect(Swift.abs(loss.item() - total / denominator) < 1e-14)
        // Probability targets divide by N instead, whatever the weights (PyTorch's rule).
        let soft = Tensor.oneHot(labels, classes: 3)
        let softTotal = labels.indices.map { n in
            (0..<3).map { k in w[k] * soft.scalars[n * 3 + k] * -rows[n][k] }.reduce(0, +)
        }.reduce(0, +)
        #expect(Swift.abs(Loss.crossEntropy(logits, targets: soft, weight: weight).item() - softTotal / 4) < 1e-14)
    }

    @Test func gradientsMatchFiniteDifferences() {
        let x = logits.detach()
        let withIgnored = [0, 2, -1, 1]
        #expect(gradientCheck([x]) {
            Loss.crossEntropy(x, labels: withIgnored, weight: weight, ignoreIndex: -1, labelSmoothing: 0.15)
        }.passed)
        #expect(gradientCheck([x]) { Loss.crossEntropy(x, labels: labels, labelSmoothing: 0.3, reduction: .sum) }.passed)
        var generator = RandomGenerator(seed: 21)
        let soft = Tensor.rand(like: x, using: &generator) / 2
        #expect(gradientCheck([x, soft]) { Loss.crossEntropy(x, targets: soft, weight: weight, labelSmoothing: 0.1) }.passed)
        let lp = x.logSoftmax()
        #expect(gradientCheck([lp]) { Loss.nll(lp, labels: withIgnored, weight: weight, ignoreIndex: -1) }.passed)
    }

    @Test func nllAgreesAndZeroTargetsIgnoreInfiniteLogits() {
        let withIgnored = [1, 9, 0, 2]
        #expect(Loss.nll(logits.logSoftmax(), labels: withIgnored, weight: weight, ignoreIndex: 9)
            .allClose(Loss.crossEntropy(logits, labels: withIgnored, weight: weight, ignoreIndex: 9), relative: 1e-14))
        let masked = Tensor([[0, -.infinity, 1]], requiresGrad: true)
        let loss = Loss.crossEntropy(masked, targets: [[1, 0, 0]])
        #expect(Swift.abs(loss.item() - Foundation.log(1 + M_E)) < 1e-14)
        loss.backward()
        #expect(!masked.grad!.hasNonFinite && masked.grad!.scalars[1] == 0)
    }
}
