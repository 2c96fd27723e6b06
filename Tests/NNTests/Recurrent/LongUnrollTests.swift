import Foundation
import Testing
@testable import NN

/// Long unrolled graphs: back-propagating and freeing them must not overflow the stack.
@Suite struct LongUnrollTests {
    typealias Support = RecurrentTestSupport

    @Test func fiveHundredStepsUnrollAndBackPropagate() {
        var g = RandomGenerator(seed: 32)
        let xs = Support.sequence(steps: 500, batch: 2, size: 3, using: &g)
        let rnn = RNNCell(inputSize: 3, hiddenSize: 8, using: &g)
        let lstm = LSTMCell(inputSize: 3, hiddenSize: 8, forgetBias: 1, using: &g)
        let gru = GRUCell(inputSize: 3, hiddenSize: 8, using: &g)
        let h0 = Tensor.zeros([2, 8], requiresGrad: true)
        rnn.unroll(sequence: xs, initial: h0).last!.sum().backward()
        lstm.unroll(sequence: xs).hiddens.last!.sum().backward()
        gru.unroll(sequence: xs).last!.sum().backward()
        for p in rnn.allParameters + lstm.allParameters + gru.allParameters + [h0] {
            #expect(p.grad?.scalars.allSatisfy { $0.isFinite } == true)
        }
        #expect(rnn.hiddenWeight.grad!.scalars.contains { $0 != 0 })
    }

    @Test func aGraphTensOfThousandsOfOperationsDeepIsFreedIteratively() {
        // A chain of 200 000 additions, one node deep each; freed by nested releases it overflowed
        // the stack at a few tens of thousands of nodes.
        let start = Tensor(0, requiresGrad: true)
        do {
            var total = start
            for _ in 0..<200_000 { total = total + 1 }
            #expect(total.item() == 200_000)
        }
        // The RNN case: 10 000 steps (about 50 000 nodes), back-propagated and then dropped.
        var g = RandomGenerator(seed: 33)
        let cell = RNNCell(inputSize: 1, hiddenSize: 2, using: &g)
        do {
            let hiddens = cell.unroll(sequence: Support.sequence(steps: 10_000, batch: 1, size: 1, using: &g))
            hiddens.last!.sum().backward()
        }
        #expect(cell.hiddenWeight.grad != nil)
    }
}
