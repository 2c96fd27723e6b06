import Foundation
import Testing
@testable import NN

@Suite struct RNNCellTests {
    /// A cell with 2 inputs and 2 hidden units and weights small enough to follow by hand.
    private func tinyCell(_ nonlinearity: RNNCell.Nonlinearity) -> RNNCell {
        var g = RandomGenerator(seed: 1)
        let cell = RNNCell(inputSize: 2, hiddenSize: 2, nonlinearity: nonlinearity, using: &g)
        cell.inputWeight.scalars = [0.1, 0.2,
                                    0.3, 0.4]
        cell.hiddenWeight.scalars = [0.5, 0.0,
                                     0.0, 0.5]
        cell.bias.scalars = [0.1, -0.1]
        return cell
    }

    @Test func oneTanhStepMatchesTheHandComputation() {
        // x·Wxh = [1·0.1 + 2·0.3, 1·0.2 + 2·0.4] = [0.7, 1.0]; h·Whh = [0.5, −0.5]; + b → [1.3, 0.4].
        let h = tinyCell(.tanh)(Tensor([[1, 2]]), Tensor([[1, -1]]))
        #expect(h.shape == [1, 2])
        #expect(h.allClose(Tensor([[0.861_723_159_313_306, 0.379_948_962_255_225]]), relative: 1e-12))
    }

    @Test func oneReLUStepMatchesTheHandComputation() {
        // h·Whh = [0.5, −1.5], so the pre-activation is [1.3, −0.6] and ReLU zeroes the second unit.
        let h = tinyCell(.relu)(Tensor([[1, 2]]), Tensor([[1, -3]]))
        #expect(h.allClose(Tensor([[1.3, 0]]), relative: 1e-12))
    }

    @Test func theMissingInitialStateIsZeros() {
        var g = RandomGenerator(seed: 2)
        let cell = RNNCell(inputSize: 3, hiddenSize: 4, using: &g)
        let xs = RecurrentTestSupport.sequence(steps: 3, batch: 2, size: 3, using: &g)
        let implicit = cell.unroll(sequence: xs)
        let explicit = cell.unroll(sequence: xs, initial: .zeros([2, 4]))
        #expect(implicit.count == 3)
        for (a, b) in zip(implicit, explicit) { #expect(a.scalars == b.scalars && a.shape == [2, 4]) }
        // Step by step gives the same states as the unrolled helper.
        #expect(cell(xs[1], cell(xs[0])).scalars == implicit[1].scalars)
    }

    @Test func parametersStartInPyTorchsUniformRange() {
        var g = RandomGenerator(seed: 3), same = RandomGenerator(seed: 3)
        let cell = RNNCell(inputSize: 5, hiddenSize: 16, using: &g)
        let twin = RNNCell(inputSize: 5, hiddenSize: 16, using: &same)
        #expect(cell.parameters.map(\.shape) == [[5, 16], [16, 16], [16]])
        #expect(cell.parameterCount == 5 * 16 + 16 * 16 + 16)
        #expect(cell.parameters.allSatisfy { $0.requiresGrad })
        let values = cell.parameters.flatMap(\.scalars)
        #expect(values.allSatisfy { Swift.abs($0) <= 0.25 })
        #expect(values.contains { $0 > 0.2 } && values.contains { $0 < -0.2 })
        #expect(values == twin.parameters.flatMap(\.scalars))
        cell.eval()
        #expect(!cell.isTraining)
    }

    @Test(arguments: [RNNCell.Nonlinearity.tanh, .relu])
    func gradientsThroughTimeMatchFiniteDifferences(_ nonlinearity: RNNCell.Nonlinearity) {
        var g = RandomGenerator(seed: 4)
        let cell = RNNCell(inputSize: 3, hiddenSize: 4, nonlinearity: nonlinearity, using: &g)
        let xs = RecurrentTestSupport.sequence(steps: 3, batch: 2, size: 3, using: &g)
        let h0 = Tensor.gaussian([2, 4], std: 0.5, using: &g)
        let weights = RecurrentTestSupport.sequence(steps: 3, batch: 2, size: 4, using: &g)
        let check = gradientCheck(cell.parameters + xs + [h0], tolerance: 1e-5) {
            RecurrentTestSupport.weightedSum(cell.unroll(sequence: xs, initial: h0), weights)
        }
        #expect(check.passed, "\(check)")
        // The check must be about something: the initial state does receive a gradient.
        #expect(check.analytic.suffix(8).contains { Swift.abs($0) > 1e-3 })
    }

    @Test func mismatchedShapesNameBothShapes() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var g = RandomGenerator(seed: 5)
            let cell = RNNCell(inputSize: 3, hiddenSize: 4, using: &g)
            _ = cell(Tensor.zeros([2, 3]), Tensor.zeros([5, 4]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("RNNCell: input of shape [2, 3], hidden state of shape [5, 4] do not fit a cell "
                                  + "with inputSize 3 and hiddenSize 4 (expected [N, 3] and [N, 4])"))
            #expect(text.contains("RNNCellTests.swift"))
        }
    }
}
