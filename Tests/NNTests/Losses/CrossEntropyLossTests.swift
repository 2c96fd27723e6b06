import Foundation
import Testing
@testable import NN

@Suite struct CrossEntropyLossTests {
    func gaussian(_ shape: [Int], seed: UInt64) -> Tensor {
        var g = RandomGenerator(seed: seed)
        return Tensor.gaussian(shape, using: &g)
    }

    @Test func workedExampleGivesMinusLogOfTheTrueClassProbability() {
        let p: Tensor = [0.1, 0.8, 0.1]
        let expected = -Foundation.log(0.8)
        // log p are logits whose softmax is p again, since p sums to 1.
        #expect(Swift.abs(Loss.crossEntropy(p.log(), labels: [1]).item() - expected) < 1e-12)
        #expect(Swift.abs(Loss.nll(p.log(), labels: [1]).item() - expected) < 1e-12)
        #expect(Swift.abs(Loss.crossEntropy(p.log(), targets: [0, 1, 0]).item() - expected) < 1e-12)
        #expect(Loss.crossEntropy(p.log(), labels: [1], reduction: .none).shape == [])
    }

    @Test func gradientWithRespectToLogitsIsSoftmaxMinusOneHotOverN() {
        let logits = gaussian([4, 3], seed: 31)
        logits.requiresGrad = true
        let labels = [2, 0, 1, 2]
        Loss.crossEntropy(logits, labels: labels).backward()
        let expected = (logits.softmax() - Tensor.oneHot(labels, classes: 3)) / 4
        #expect(logits.grad!.allClose(expected.detach(), relative: 1e-12, absolute: 1e-15))
    }

    @Test func labelsTargetsAndNLLAgree() {
        let logits = gaussian([5, 4], seed: 32)
        let labels = [3, 1, 0, 0, 2]
        let byLabels = Loss.crossEntropy(logits, labels: labels, reduction: .none)
        #expect(byLabels.shape == [5])
        #expect(byLabels.allClose(Loss.crossEntropy(logits, targets: Tensor.oneHot(labels, classes: 4), reduction: .none)))
        #expect(byLabels.allClose(Loss.nll(logits.logSoftmax(), labels: labels, reduction: .none)))
        #expect(byLabels.allClose(Loss.crossEntropy(logits, labels: Tensor([3, 1, 0, 0, 2]), reduction: .none)))
        #expect(Swift.abs(Loss.crossEntropy(logits, labels: labels, reduction: .sum).item()
                          - byLabels.scalars.reduce(0.0, +)) < 1e-12)
        #expect(Swift.abs(Loss.crossEntropy(logits, labels: labels).item() - byLabels.scalars.reduce(0.0, +) / 5) < 1e-12)
    }

    @Test func stableForHugeLogits() {
        let logits: Tensor = [[1000, 0, -1000], [0, 2000, 0]]
        let loss = Loss.crossEntropy(logits, labels: [0, 0], reduction: .none)
        #expect(!loss.hasNonFinite)
        #expect(loss.allClose(Tensor([0, 2000]), absolute: 1e-9))
    }

    @Test func gradientsMatchFiniteDifferences() {
        let logits = gaussian([3, 5], seed: 33)
        var g = RandomGenerator(seed: 34)
        let soft = Tensor.uniform([3, 5], 0.1...1, using: &g)
        let targets = soft / soft.sum(axis: 1, keepDims: true)
        #expect(gradientCheck([logits]) { Loss.crossEntropy(logits, labels: [4, 0, 2]) }.passed)
        #expect(gradientCheck([logits]) { Loss.crossEntropy(logits, labels: [4, 0, 2], reduction: .sum) }.passed)
        #expect(gradientCheck([logits, targets]) { Loss.crossEntropy(logits, targets: targets) }.passed)
        #expect(gradientCheck([logits]) { Loss.nll(logits.logSoftmax(), labels: [1, 1, 3]) }.passed)
        let logProbabilities = logits.logSoftmax().detach()
        #expect(gradientCheck([logProbabilities]) { Loss.nll(logProbabilities, labels: [1, 1, 3]) }.passed)
    }

    @Test func labelOutOfRangeIsAClearFailure() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Loss.crossEntropy(Tensor.zeros([2, 3]), labels: [1, 3])
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("crossEntropy: label 3 is out of range for 3 classes (logits of shape [2, 3]"))
            #expect(text.contains("CrossEntropyLossTests.swift"))
        }
    }

    @Test func wrongLabelCountIsAClearFailure() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Loss.nll(Tensor.zeros([2, 3]), labels: [1, 0, 2])
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("nll: 3 labels for log-probabilities of shape [2, 3]"))
        }
    }
}
