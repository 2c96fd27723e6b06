import Foundation
import Testing
@testable import NN

@Suite struct LSTMCellTests {
    typealias Support = RecurrentTestSupport

    @Test func oneStepFollowsPyTorchsGateEquations() {
        var g = RandomGenerator(seed: 10)
        let cell = LSTMCell(inputSize: 3, hiddenSize: 2, using: &g)
        let x = Tensor.gaussian([1, 3], using: &g), h = Tensor.gaussian([1, 2], using: &g)
        let c = Tensor.gaussian([1, 2], using: &g)
        let (h1, c1) = cell(x, (h, c))

        // The same step on plain numbers, gates in PyTorch's order i, f, g, o.
        let fromX = Support.affine(x.scalars, cell.inputWeight.scalars, columns: 8)
        let fromH = Support.affine(h.scalars, cell.hiddenWeight.scalars, columns: 8)
        let pre = (0..<8).map { fromX[$0] + fromH[$0] + cell.bias.scalars[$0] }
        var expectedC: [Double] = [], expectedH: [Double] = []
        for j in 0..<2 {
            let i = Support.logistic(pre[j]), f = Support.logistic(pre[2 + j])
            let candidate = Foundation.tanh(pre[4 + j]), o = Support.logistic(pre[6 + j])
            expectedC.append(f * c.scalars[j] + i * candidate)
            expectedH.append(o * Foundation.tanh(expectedC[j]))
        }
        #expect(c1.allClose(Tensor([expectedC]), relative: 1e-12))
        #expect(h1.allClose(Tensor([expectedH]), relative: 1e-12))
    }

    @Test func gradientsThroughTimeMatchFiniteDifferences() {
        var g = RandomGenerator(seed: 11)
        let cell = LSTMCell(inputSize: 3, hiddenSize: 4, using: &g)
        let xs = Support.sequence(steps: 3, batch: 2, size: 3, using: &g)
        let h0 = Tensor.gaussian([2, 4], std: 0.5, using: &g), c0 = Tensor.gaussian([2, 4], using: &g)
        let hWeights = Support.sequence(steps: 3, batch: 2, size: 4, using: &g)
        let cWeights = Support.sequence(steps: 3, batch: 2, size: 4, using: &g)
        let check = gradientCheck(cell.parameters + xs + [h0, c0], tolerance: 1e-5) {
            let (hiddens, cells) = cell.unroll(sequence: xs, initial: (h0, c0))
            return Support.weightedSum(hiddens, hWeights) + Support.weightedSum(cells, cWeights)
        }
        #expect(check.passed, "\(check)")
        #expect(check.analytic.suffix(16).contains { Swift.abs($0) > 1e-3 })
    }

    @Test func aForgetGateForcedOpenKeepsTheCellState() {
        var g = RandomGenerator(seed: 12)
        let cell = LSTMCell(inputSize: 3, hiddenSize: 4, using: &g)
        // Gates i and f read only their bias: i = σ(−30) ≈ 1e-13 (closed), f = σ(30) ≈ 1 − 1e-13 (open).
        for row in 0..<3 { for j in 0..<8 { cell.inputWeight.scalars[row * 16 + j] = 0 } }
        for row in 0..<4 { for j in 0..<8 { cell.hiddenWeight.scalars[row * 16 + j] = 0 } }
        for j in 0..<4 { cell.bias.scalars[j] = -30; cell.bias.scalars[4 + j] = 30 }
        let xs = Support.sequence(steps: 20, batch: 2, size: 3, using: &g)
        let c0 = Tensor.gaussian([2, 4], using: &g)
        let (hiddens, cells) = cell.unroll(sequence: xs, initial: (Tensor.gaussian([2, 4], using: &g), c0))
        for c in cells { #expect(c.allClose(c0, relative: 0, absolute: 1e-10)) }
        // The output gate still moves, so h changes while c does not.
        #expect(hiddens[0].maxAbsDifference(hiddens[1]) > 1e-3)
    }

    @Test func forgetBiasOverridesOnlyTheForgetGateSlice() {
        var g = RandomGenerator(seed: 13), same = RandomGenerator(seed: 13)
        let cell = LSTMCell(inputSize: 2, hiddenSize: 4, forgetBias: 3, using: &g)
        let plain = LSTMCell(inputSize: 2, hiddenSize: 4, using: &same)
        #expect(cell.parameters.map(\.shape) == [[2, 16], [4, 16], [16]])
        #expect(Array(cell.bias.scalars[4..<8]) == [3, 3, 3, 3])
        #expect(Array(cell.bias.scalars[0..<4]) == Array(plain.bias.scalars[0..<4]))
        #expect(Array(cell.bias.scalars[8...]) == Array(plain.bias.scalars[8...]))
        #expect(plain.parameters.flatMap(\.scalars).allSatisfy { Swift.abs($0) <= 0.5 })
    }

    @Test func mismatchedShapesNameEveryShape() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var g = RandomGenerator(seed: 14)
            let cell = LSTMCell(inputSize: 3, hiddenSize: 4, using: &g)
            _ = cell(Tensor.zeros([2, 3]), (Tensor.zeros([2, 4]), Tensor.zeros([2, 5])))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("LSTMCell: input of shape [2, 3], hidden state of shape [2, 4], cell state of shape "
                                  + "[2, 5] do not fit a cell with inputSize 3 and hiddenSize 4"))
        }
    }
}
