import Testing
@testable import NN

@Suite struct NormalizationTests {
    @Test func standardizedMatchesTheFormulaOnASmallCase() {
        let x: Tensor = [[1, 2, 3], [10, 20, 30]]
        // Row 1: mean 2, variance 2/3; row 2: mean 20, variance 200/3.
        let y = x.standardized(axes: [1], epsilon: 0)
        let a: Double = 1 / (2.0 / 3).squareRoot()
        #expect(y.allClose(Tensor([[-a, 0, a], [-a, 0, a]]), relative: 1e-12))
        let withEpsilon = x.standardized(axes: [1], epsilon: 1)
        #expect(abs(withEpsilon.scalars[0] + 1 / (2.0 / 3 + 1).squareRoot()) < 1e-12)
    }

    @Test func standardizedGradientOverNonContiguousAxes() {
        var g = RandomGenerator(seed: 1)
        let x = Tensor.gaussian([3, 2, 4], using: &g)
        let check = gradientCheck([x]) { LayerTestSupport.weightedSum(x.standardized(axes: [0, 2])) }
        #expect(check.passed, "\(check)")
        let all = gradientCheck([x]) { LayerTestSupport.weightedSum(x.standardized(axes: [0, 1, 2])) }
        #expect(all.passed, "\(all)")
    }

    @Test func layerNormStandardizesEachExampleOverTrailingAxes() {
        var g = RandomGenerator(seed: 2)
        let x = Tensor.gaussian([4, 3, 5], mean: 2, std: 10, using: &g)
        let y = LayerNorm([3, 5])(x)
        for example in 0..<4 {
            let values = Array(y.scalars[example * 15..<(example + 1) * 15])
            let mean: Double = values.reduce(0, +) / 15
            let variance: Double = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 15
            #expect(abs(mean) < 1e-9)
            #expect(abs(variance - 1) < 1e-6)
        }
        #expect(LayerNorm(5)(x).allClose(x.standardized(axes: [2]), relative: 1e-12, absolute: 1e-12))
        #expect(LayerNorm([3, 5]).parameterCount == 30)
    }

    @Test func layerNormGradientsMatchFiniteDifferences() {
        var g = RandomGenerator(seed: 3)
        let norm = LayerNorm([2, 3])
        LayerTestSupport.randomizeParameters(norm, seed: 4)
        let x = Tensor.gaussian([3, 2, 3], using: &g)
        let check = gradientCheck([x] + norm.parameters) { LayerTestSupport.weightedSum(norm(x)) }
        #expect(check.passed, "\(check)")
    }

    @Test func groupNormWithOneGroupIsLayerNormOverChannelsAndPositions() {
        var g = RandomGenerator(seed: 5)
        let x = Tensor.gaussian([2, 4, 3, 3], using: &g)
        let group = GroupNorm(groups: 1, channels: 4)(x)
        let layer = LayerNorm([4, 3, 3])(x)
        #expect(group.allClose(layer, relative: 1e-12, absolute: 1e-12))
    }

    @Test func groupNormWithOneChannelPerGroupIsInstanceNorm() {
        var g = RandomGenerator(seed: 6)
        let x = Tensor.gaussian([2, 3, 4, 2], mean: 1, std: 3, using: &g)
        let y = GroupNorm(groups: 3, channels: 3, epsilon: 1e-5)(x)
        // Instance norm by hand: every (example, channel) plane of 8 values on its own.
        for plane in 0..<6 {
            let values = Array(x.scalars[plane * 8..<(plane + 1) * 8])
            let mean: Double = values.reduce(0, +) / 8
            let variance: Double = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 8
            for i in 0..<8 {
                let expected = (values[i] - mean) / (variance + 1e-5).squareRoot()
                #expect(abs(y.scalars[plane * 8 + i] - expected) < 1e-12)
            }
        }
    }

    @Test func groupNormAppliesPerChannelAffineAndDifferentiates() {
        var g = RandomGenerator(seed: 7)
        let norm = GroupNorm(groups: 2, channels: 4)
        LayerTestSupport.randomizeParameters(norm, seed: 8)
        let x = Tensor.gaussian([2, 4, 3], using: &g)
        let plain = GroupNorm(groups: 2, channels: 4, affine: false)(x)
        let expected = plain * norm.gamma!.reshaped(1, 4, 1) + norm.beta!.reshaped(1, 4, 1)
        #expect(norm(x).allClose(expected, relative: 1e-12, absolute: 1e-12))
        let check = gradientCheck([x] + norm.parameters) { LayerTestSupport.weightedSum(norm(x)) }
        #expect(check.passed, "\(check)")
    }

    @Test func groupsMustDivideChannels() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = GroupNorm(groups: 3, channels: 4)
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("GroupNorm: 4 channels cannot be split into 3 equal groups"))
        }
    }

    @Test func layerNormNamesTheShapesOnMismatch() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = LayerNorm([3, 4])(Tensor.zeros([2, 4, 3]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("LayerNorm: LayerNorm([3, 4]) needs input whose trailing axes are [3, 4], got shape [2, 4, 3]"))
        }
    }
}
