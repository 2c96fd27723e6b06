import Testing
@testable import NN

@Suite struct LinearTests {
    @Test func outputIsXTimesWPlusBByHand() {
        let layer = Linear(weight: [[1, 2, 3], [4, 5, 6]], bias: [0.5, -1, 2])
        let x: Tensor = [[1, 1], [2, -1]]
        // Row 1: [1+4, 2+5, 3+6] + b; row 2: [2−4, 4−5, 6−6] + b.
        let y = layer(x)
        #expect(y.shape == [2, 3])
        #expect(y.scalars == [5.5, 6, 11, -1.5, -2, 2])
        #expect(layer(Tensor([1, 1])).shape == [3])
        #expect(layer(Tensor([1, 1])).scalars == [5.5, 6, 11])
        #expect(layer(Tensor.ones([4, 5, 2])).shape == [4, 5, 3])
    }

    @Test func weightsAreInputsByOutputsWithXavierBoundsAndZeroBias() {
        var g = RandomGenerator(seed: 3)
        let layer = Linear(784, 128, using: &g)
        #expect(layer.weight.shape == [784, 128])
        #expect(layer.bias?.shape == [128])
        #expect(layer.bias?.scalars.allSatisfy { $0 == 0 } == true)
        let bound = (6.0 / (784 + 128)).squareRoot()
        #expect(layer.weight.scalars.allSatisfy { abs($0) <= bound })
        #expect(layer.weight.scalars.map(abs).max()! > 0.9 * bound)
        #expect(layer.parameters.allSatisfy { $0.requiresGrad })
        #expect(layer.parameterCount == 784 * 128 + 128)
    }

    @Test func equalSeedsGiveEqualWeightsAndCustomInitializersApply() {
        var g1 = RandomGenerator(seed: 5), g2 = RandomGenerator(seed: 5)
        #expect(Linear(4, 3, using: &g1).weight.scalars == Linear(4, 3, using: &g2).weight.scalars)
        let constant = Linear(2, 2, bias: false, weightInit: .constant(0.25), using: &g1)
        #expect(constant.bias == nil)
        #expect(constant.parameters.count == 1)
        #expect(constant.weight.scalars == [0.25, 0.25, 0.25, 0.25])
        let withBias = Linear(2, 2, biasInit: .constant(1), using: &g1)
        #expect(withBias.bias?.scalars == [1, 1])
    }

    @Test func gradientsOfInputWeightAndBiasMatchFiniteDifferences() {
        var g = RandomGenerator(seed: 7)
        let layer = Linear(4, 3, using: &g)
        let x = Tensor.gaussian([2, 4], using: &g)
        let check = gradientCheck([x, layer.weight, layer.bias!]) { LayerTestSupport.weightedSum(layer(x)) }
        #expect(check.passed, "\(check)")
        let v = Tensor.gaussian([4], using: &g)
        #expect(gradientCheck([v, layer.weight]) { LayerTestSupport.weightedSum(layer(v)) }.passed)
    }

    @Test func mlpParameterCount() {
        var g = RandomGenerator(seed: 1)
        let model = Sequential {
            Linear(784, 128, using: &g); LayerTestSupport.Squash()
            Linear(128, 64, using: &g); LayerTestSupport.Squash()
            Linear(64, 10, using: &g)
        }
        #expect(model.parameterCount == 109_386)
        #expect(model.allParameters.count == 6)
    }

    @Test func describesItself() {
        var g = RandomGenerator(seed: 1)
        #expect(Linear(784, 128, using: &g).description == "Linear(784 → 128)")
        #expect(Linear(3, 2, bias: false, using: &g).description == "Linear(3 → 2, no bias)")
        #expect(Linear(3, 2, using: &g).name == "Linear")
    }

    @Test func wrongFeatureCountNamesTheLayerAndTheShape() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var g = RandomGenerator(seed: 1)
            let layer = Linear(3, 2, using: &g)
            _ = layer(Tensor.zeros([5, 4]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("Linear: Linear(3 → 2) (created at NNTests/LinearTests.swift:"))
            #expect(text.contains("got input of shape [5, 4]; its last axis must have 3 features"))
        }
    }
}
