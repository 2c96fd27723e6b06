import Testing
@testable import NN

@Suite struct ResidualTests {
    @Test func outputIsInputPlusTheBody() {
        var g = RandomGenerator(seed: 1)
        let f1 = Linear(3, 3, using: &g), f2 = LayerTestSupport.Squash()
        let block = Residual { f1; f2 }
        let x = Tensor.gaussian([2, 3], using: &g)
        #expect(block(x).allClose(x + f2(f1(x)), relative: 1e-15))
        #expect(block.allParameters.count == 2)
        let check = gradientCheck([x] + block.allParameters) { LayerTestSupport.weightedSum(block(x)) }
        #expect(check.passed, "\(check)")
    }

    @Test func aShortcutProjectsTheSkipPath() {
        var g = RandomGenerator(seed: 2)
        let projection = Linear(3, 5, bias: false, using: &g), body = Linear(3, 5, using: &g)
        let block = Residual(shortcut: projection) { body }
        let x = Tensor.gaussian([4, 3], using: &g)
        #expect(block(x).allClose(projection(x) + body(x), relative: 1e-15))
        #expect(block.parameterCount == 15 + 20)
        #expect(gradientCheck([x] + block.allParameters) { LayerTestSupport.weightedSum(block(x)) }.passed)
    }

    @Test func aBodyThatChangesTheShapeIsNamed() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var g = RandomGenerator(seed: 3)
            let block = Residual { Linear(4, 6, using: &g) }
            _ = block(Tensor.zeros([2, 4]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("Residual: the block (created at NNTests/ResidualTests.swift:"))
            #expect(text.contains("maps input [2, 4] to [2, 6], which cannot be added to [2, 4]"))
            #expect(text.contains("pass a projection as `shortcut:`"))
        }
    }

    @Test func flattenMergesTheRequestedAxes() {
        var g = RandomGenerator(seed: 4)
        let x = Tensor.gaussian([2, 3, 4, 5], using: &g)
        #expect(Flatten()(x).shape == [2, 60])
        #expect(Flatten(startAxis: 2)(x).shape == [2, 3, 20])
        #expect(Flatten(startAxis: 0, endAxis: 1)(x).shape == [6, 4, 5])
        #expect(Flatten(startAxis: -2)(x).shape == [2, 3, 20])
        #expect(Flatten()(x).scalars == x.scalars)
        #expect(gradientCheck([x]) { LayerTestSupport.weightedSum(Flatten()(x)) }.passed)
    }

    @Test func flattenRefusesAxesTheInputLacks() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Flatten()(Tensor.zeros([784]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("Flatten: Flatten(startAxis: 1) cannot flatten input of shape [784] (rank 1)"))
        }
    }
}
