import Foundation
import Testing
@testable import NN

@Suite struct GRUCellTests {
    typealias Support = RecurrentTestSupport

    @Test func oneStepFollowsPyTorchsEquations() {
        var g = RandomGenerator(seed: 20)
        let cell = GRUCell(inputSize: 3, hiddenSize: 2, using: &g)
        let x = Tensor.gaussian([1, 3], using: &g), h = Tensor.gaussian([1, 2], using: &g)
        let h1 = cell(x, h)

        // The same step on plain numbers, gates in PyTorch's order r, z, n; the reset gate multiplies
        // h·Whn + bhn.
        let fromX = Support.affine(x.scalars, cell.inputWeight.scalars, columns: 6)
        let fromH = Support.affine(h.scalars, cell.hiddenWeight.scalars, columns: 6)
        let bx = cell.inputBias.scalars, bh = cell.hiddenBias.scalars
        let expected = (0..<2).map { j -> Double in
            let r = Support.logistic(fromX[j] + bx[j] + fromH[j] + bh[j])
            let z = Support.logistic(fromX[2 + j] + bx[2 + j] + fromH[2 + j] + bh[2 + j])
            let n = Foundation.tanh(fromX[4 + j] + bx[4 + j] + r * (fromH[4 + j] + bh[4 + j]))
            return (1 - z) * n + z * h.scalars[j]
        }
        #expect(h1.allClose(Tensor([expected]), relative: 1e-12))
    }

    @Test func aClosedResetGateAlsoHidesTheHiddenBias() {
        var g = RandomGenerator(seed: 21)
        let cell = GRUCell(inputSize: 3, hiddenSize: 2, using: &g)
        let x = Tensor.gaussian([2, 3], using: &g), h = Tensor.gaussian([2, 2], using: &g)
        // r = σ(−40) ≈ 0: the candidate sees neither h·Whn nor bhn, only x·Wxn + bxn.
        cell.inputBias.scalars[0] = -40
        cell.inputBias.scalars[1] = -40
        let before = cell(x, h)
        cell.hiddenBias.scalars[4] += 5
        cell.hiddenBias.scalars[5] -= 5
        #expect(cell(x, h).allClose(before, relative: 0, absolute: 1e-12))
        // With the reset gate open again, bhn matters.
        cell.inputBias.scalars[0] = 40
        cell.inputBias.scalars[1] = 40
        let open = cell(x, h)
        cell.hiddenBias.scalars[4] -= 5
        #expect(cell(x, h).maxAbsDifference(open) > 1e-2)
    }

    @Test func gradientsThroughTimeMatchFiniteDifferences() {
        var g = RandomGenerator(seed: 22)
        let cell = GRUCell(inputSize: 3, hiddenSize: 4, using: &g)
        #expect(cell.parameters.map(\.shape) == [[3, 12], [4, 12], [12], [12]])
        let xs = Support.sequence(steps: 3, batch: 2, size: 3, using: &g)
        let h0 = Tensor.gaussian([2, 4], std: 0.5, using: &g)
        let weights = Support.sequence(steps: 3, batch: 2, size: 4, using: &g)
        let check = gradientCheck(cell.parameters + xs + [h0], tolerance: 1e-5) {
            Support.weightedSum(cell.unroll(sequence: xs, initial: h0), weights)
        }
        #expect(check.passed, "\(check)")
        #expect(check.analytic.suffix(8).contains { Swift.abs($0) > 1e-3 })
    }

    @Test func mismatchedShapesNameBothShapes() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var g = RandomGenerator(seed: 23)
            let cell = GRUCell(inputSize: 3, hiddenSize: 4, using: &g)
            _ = cell(Tensor.zeros([2, 5]), Tensor.zeros([2, 4]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("GRUCell: input of shape [2, 5], hidden state of shape [2, 4] do not fit a cell "
                                  + "with inputSize 3 and hiddenSize 4 (expected [N, 3] and [N, 4])"))
        }
    }
}
