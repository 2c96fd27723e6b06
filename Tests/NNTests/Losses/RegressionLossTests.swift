import Testing
@testable import NN

@Suite struct RegressionLossTests {
    let prediction: Tensor = [[0.5, 2.0], [-1.0, 3.5]]
    let target: Tensor = [[1.0, 0.0], [-0.7, 1.0]]
    // differences: -0.5, 2.0, -0.3, 2.5

    @Test func mseIsTheMeanOfSquares() {
        let expected = (0.25 + 4 + 0.09 + 6.25) / 4
        #expect(Swift.abs(Loss.mse(prediction, target).item() - expected) < 1e-12)
        #expect(Swift.abs(Loss.mse(prediction, target, reduction: .sum).item() - expected * 4) < 1e-12)
        #expect(Loss.mse(prediction, target, reduction: .none).allClose(Tensor([[0.25, 4], [0.09, 6.25]])))
    }

    @Test func halfSumSquaredErrorIsHalfTheSumAndItsGradientTheResidual() {
        let half = Loss.halfSumSquaredError(prediction, target).item()
        #expect(Swift.abs(half - Loss.mse(prediction, target).item() * Double(prediction.count) / 2) < 1e-12)
        let p = Tensor(scalars: prediction.scalars, shape: prediction.shape, requiresGrad: true)
        Loss.halfSumSquaredError(p, target).backward()
        #expect(p.grad!.allClose(prediction - target))
    }

    @Test func maeIsTheMeanAbsoluteDifference() {
        #expect(Swift.abs(Loss.mae(prediction, target).item() - (0.5 + 2 + 0.3 + 2.5) / 4) < 1e-12)
        #expect(Loss.mae(prediction, target, reduction: .none).allClose(Tensor([[0.5, 2], [0.3, 2.5]])))
    }

    @Test func smoothL1IsQuadraticInsideBetaAndLinearOutside() {
        let zero = Tensor.zeros([4])
        let d: Tensor = [0.5, -0.4, 2, -3]
        #expect(Loss.smoothL1(d, zero, reduction: .none).allClose(Tensor([0.125, 0.08, 1.5, 2.5])))
        #expect(Loss.smoothL1(d, zero, beta: 2, reduction: .none).allClose(Tensor([0.0625, 0.04, 1, 2])))
        #expect(Loss.smoothL1(d, zero, beta: 0, reduction: .none).allClose(d.abs()))
        #expect(Swift.abs(Loss.smoothL1(d, zero).item() - (0.125 + 0.08 + 1.5 + 2.5) / 4) < 1e-12)
    }

    @Test func gradientsMatchFiniteDifferences() {
        var g = RandomGenerator(seed: 21)
        let p = Tensor.uniform([3, 4], -2...2, using: &g)
        let t = p + Tensor.uniform([3, 4], 0.1...0.8, using: &g) * Tensor([1, -1, 1, -1])
        let far = p + Tensor.uniform([3, 4], 1.2...2, using: &g) * Tensor([-1, 1, 1, -1])
        #expect(gradientCheck([p, t]) { Loss.mse(p, t) }.passed)
        #expect(gradientCheck([p, t]) { Loss.mse(p, t, reduction: .sum) }.passed)
        #expect(gradientCheck([p, t]) { Loss.halfSumSquaredError(p, t) }.passed)
        #expect(gradientCheck([p, t]) { Loss.mae(p, t) }.passed)
        #expect(gradientCheck([p, t]) { Loss.smoothL1(p, t) }.passed)
        #expect(gradientCheck([p, far]) { Loss.smoothL1(p, far, reduction: .sum) }.passed)
    }

    @Test func shapeMismatchNamesBothShapes() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Loss.mse(Tensor.zeros([3]), Tensor.zeros([3, 1]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("mse: prediction of shape [3] and target of shape [3, 1] must have the same shape"))
            #expect(text.contains("RegressionLossTests.swift"))
        }
    }
}
