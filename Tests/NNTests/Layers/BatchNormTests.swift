import Testing
@testable import NN

@Suite struct BatchNormTests {
    /// Per-channel mean and biased variance of `x` viewed as [outer, C, inner], by plain loops.
    func channelStatistics(_ x: Tensor, channels c: Int) -> (mean: [Double], variance: [Double]) {
        let inner = x.shape.dropFirst(2).reduce(1, *), outer = x.shape[0]
        var mean = [Double](repeating: 0, count: c), variance = [Double](repeating: 0, count: c)
        let n = Double(outer * inner)
        for o in 0..<outer { for k in 0..<c { for i in 0..<inner { mean[k] += x.scalars[(o * c + k) * inner + i] / n } } }
        for o in 0..<outer {
            for k in 0..<c {
                for i in 0..<inner { let d = x.scalars[(o * c + k) * inner + i] - mean[k]; variance[k] += d * d / n }
            }
        }
        return (mean, variance)
    }

    @Test func trainingOutputHasZeroMeanAndUnitVariancePerFeature() {
        var g = RandomGenerator(seed: 1)
        // A spread of 10 makes ε's effect on the variance (1e-5/100) smaller than the tolerance.
        let x = Tensor.gaussian([16, 3], mean: 5, std: 10, using: &g)
        let (mean, variance) = channelStatistics(BatchNorm1d(3)(x), channels: 3)
        #expect(mean.allSatisfy { abs($0) < 1e-6 })
        #expect(variance.allSatisfy { abs($0 - 1) < 1e-6 })

        let images = Tensor.gaussian([4, 2, 3, 3], mean: -3, std: 10, using: &g)
        let (mean2, variance2) = channelStatistics(BatchNorm2d(2)(images), channels: 2)
        #expect(mean2.allSatisfy { abs($0) < 1e-6 })
        #expect(variance2.allSatisfy { abs($0 - 1) < 1e-6 })
    }

    @Test func runningStatisticsFollowTheMomentumRuleWithUnbiasedVariance() {
        var g = RandomGenerator(seed: 2)
        let bn = BatchNorm2d(2, momentum: 0.2)
        var runningMean = [0.0, 0.0], runningVariance = [1.0, 1.0]
        for step in 0..<3 {
            let x = Tensor.gaussian([3, 2, 2, 2], mean: Double(step), std: 2, using: &g)
            _ = bn(x)
            let (mean, variance) = channelStatistics(x, channels: 2)
            let n: Double = 3 * 2 * 2
            for c in 0..<2 {
                runningMean[c] = 0.8 * runningMean[c] + 0.2 * mean[c]
                runningVariance[c] = 0.8 * runningVariance[c] + 0.2 * variance[c] * n / (n - 1)
            }
        }
        #expect(bn.runningMean.allClose(Tensor(runningMean), relative: 1e-12, absolute: 1e-12))
        #expect(bn.runningVariance.allClose(Tensor(runningVariance), relative: 1e-12, absolute: 1e-12))
    }

    @Test func evaluationUsesTheRunningStatistics() {
        var g = RandomGenerator(seed: 3)
        let bn = BatchNorm1d(2)
        for _ in 0..<5 { _ = bn(Tensor.gaussian([8, 2], mean: 3, std: 2, using: &g)) }
        bn.gamma!.scalars = [2, 0.5]
        bn.beta!.scalars = [1, -1]
        let savedMean = bn.runningMean.scalars, savedVariance = bn.runningVariance.scalars
        bn.eval()
        let x: Tensor = [[1, 2], [3, 4], [5, 6]]
        let y = bn(x)
        for row in 0..<3 {
            for c in 0..<2 {
                let expected: Double = (x.scalars[row * 2 + c] - savedMean[c]) / (savedVariance[c] + 1e-5).squareRoot()
                    * bn.gamma!.scalars[c] + bn.beta!.scalars[c]
                #expect(abs(y.scalars[row * 2 + c] - expected) < 1e-12)
            }
        }
        #expect(bn.runningMean.scalars == savedMean)
        // Evaluation works on a single example, where batch statistics would not exist.
        #expect(bn(Tensor([[1, 2]])).shape == [1, 2])
    }

    @Test func gradientsMatchFiniteDifferencesInTrainingAndEvaluation() {
        var g = RandomGenerator(seed: 4)
        let bn1 = BatchNorm1d(3)
        LayerTestSupport.randomizeParameters(bn1, seed: 5)
        let x = Tensor.gaussian([5, 3], using: &g)
        var check = gradientCheck([x] + bn1.parameters) { LayerTestSupport.weightedSum(bn1(x)) }
        #expect(check.passed, "\(check)")
        let sequence = Tensor.gaussian([3, 3, 4], using: &g)
        check = gradientCheck([sequence] + bn1.parameters) { LayerTestSupport.weightedSum(bn1(sequence)) }
        #expect(check.passed, "\(check)")

        let bn2 = BatchNorm2d(2)
        LayerTestSupport.randomizeParameters(bn2, seed: 6)
        let images = Tensor.gaussian([2, 2, 3, 2], using: &g)
        check = gradientCheck([images] + bn2.parameters) { LayerTestSupport.weightedSum(bn2(images)) }
        #expect(check.passed, "\(check)")
        bn2.eval()
        check = gradientCheck([images] + bn2.parameters) { LayerTestSupport.weightedSum(bn2(images)) }
        #expect(check.passed, "\(check)")
    }

    @Test func affineFalseHasNoParameters() {
        let bn = BatchNorm2d(4, affine: false)
        #expect(bn.parameters.isEmpty)
        #expect(BatchNorm1d(10).parameterCount == 20)
        #expect(bn.description == "BatchNorm2d(4, affine: false)")
    }

    @Test func trainingOnOneValuePerChannelIsRefused() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = BatchNorm1d(3)(Tensor.zeros([1, 3]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("BatchNorm1d: training needs more than one value per channel"))
            #expect(text.contains("[1, 3]"))
        }
    }

    @Test func wrongChannelCountNamesTheShape() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = BatchNorm2d(3)(Tensor.zeros([2, 4, 5, 5]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("BatchNorm2d: BatchNorm2d(3) expects [N, 3, H, W], got input of shape [2, 4, 5, 5]"))
        }
    }
}
