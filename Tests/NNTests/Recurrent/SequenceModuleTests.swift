import Testing
@testable import NN

/// RNN, GRU and LSTM over whole sequences, against their cells unrolled by hand.
@Suite struct SequenceModuleTests {
    /// A [T, N, I] sequence and its steps.
    static func sequence(_ t: Int, _ n: Int, _ i: Int, seed: UInt64) -> (Tensor, [Tensor]) {
        var g = RandomGenerator(seed: seed)
        let steps = RecurrentTestSupport.sequence(steps: t, batch: n, size: i, using: &g)
        return (Tensor.stack(steps), steps)
    }

    @Test func oneLayerIsTheCellUnrolled() {
        let (x, steps) = Self.sequence(5, 3, 4, seed: 1)
        var g = RandomGenerator(seed: 2)
        let lstm = LSTM(inputSize: 4, hiddenSize: 6, using: &g)
        let (output, h, c) = lstm(x)
        let unrolled = lstm.cells[0].unroll(sequence: steps)
        #expect(output.shape == [5, 3, 6] && h.shape == [1, 3, 6] && c.shape == [1, 3, 6])
        #expect(output.equal(Tensor.stack(unrolled.hiddens)))
        #expect(h[0].equal(unrolled.hiddens[4]) && c[0].equal(unrolled.cells[4]))
        let rnn = RNN(inputSize: 4, hiddenSize: 2, nonlinearity: .relu, using: &g)
        #expect(rnn(x).output.equal(Tensor.stack(rnn.cells[0].unroll(sequence: steps))))
    }

    @Test func bidirectionalRunsTheSecondCellBackwards() {
        let (x, steps) = Self.sequence(4, 2, 3, seed: 3)
        var g = RandomGenerator(seed: 4)
        let gru = GRU(inputSize: 3, hiddenSize: 5, bidirectional: true, using: &g)
        let (output, hidden) = gru(x)
        let forward = gru.cells[0].unroll(sequence: steps)
        let backward = Array(gru.cells[1].unroll(sequence: steps.reversed()).reversed())
        #expect(output.shape == [4, 2, 10] && hidden.shape == [2, 2, 5])
        for t in 0..<4 { #expect(output[t].equal(Tensor.concatenate([forward[t], backward[t]], axis: 1))) }
        #expect(hidden[0].equal(forward[3]) && hidden[1].equal(backward[0]))
    }

    @Test func upperLayersReadTheLowerLayersOutputs() {
        let (x, steps) = Self.sequence(3, 2, 3, seed: 5)
        var g = RandomGenerator(seed: 6)
        let rnn = RNN(inputSize: 3, hiddenSize: 4, numLayers: 2, bidirectional: true, using: &g)
        #expect(rnn.cells.map(\.inputSize) == [3, 3, 8, 8])
        let (output, hidden) = rnn(x)
        let f0 = rnn.cells[0].unroll(sequence: steps)
        let b0 = Array(rnn.cells[1].unroll(sequence: steps.reversed()).reversed())
        let layer1 = (0..<3).map { Tensor.concatenate([f0[$0], b0[$0]], axis: 1) }
        let f1 = rnn.cells[2].unroll(sequence: layer1)
        let b1 = Array(rnn.cells[3].unroll(sequence: layer1.reversed()).reversed())
        for t in 0..<3 { #expect(output[t].equal(Tensor.concatenate([f1[t], b1[t]], axis: 1))) }
        #expect(hidden.shape == [4, 2, 4])
        #expect(hidden[0].equal(f0[2]) && hidden[1].equal(b0[0]) && hidden[2].equal(f1[2]) && hidden[3].equal(b1[0]))
    }

    @Test func batchFirstUnbatchedAndInitialStates() {
        let (x, _) = Self.sequence(4, 3, 2, seed: 7)
        var g = RandomGenerator(seed: 8)
        let timeFirst = LSTM(inputSize: 2, hiddenSize: 3, numLayers: 2, using: &g)
        let batchFirst = LSTM(cells: timeFirst.cells, batchFirst: true)
        let a = timeFirst(x), b = batchFirst(x.permuted([1, 0, 2]))
        #expect(b.output.equal(a.output.permuted([1, 0, 2])) && b.h.equal(a.h) && b.c.equal(a.c))
        let one = timeFirst(x[..., 1])
        #expect(one.output.shape == [4, 3] && one.h.shape == [2, 3])
        #expect(one.output.allClose(a.output[..., 1], relative: 1e-15))
        let h0 = Tensor.gaussian([2, 3, 3], using: &g), c0 = Tensor.gaussian([2, 3, 3], using: &g)
        let started = timeFirst(x, (h0, c0))
        var state: (h: Tensor, c: Tensor)? = (h0[0], c0[0])
        var firstLayer: [Tensor] = []
        for t in 0..<4 { state = timeFirst.cells[0](x[t], state); firstLayer.append(state!.h) }
        #expect(started.h[0].equal(firstLayer[3]) && !started.output.equal(a.output))
    }

    @Test func gradientsMatchFiniteDifferences() {
        let (x, _) = Self.sequence(3, 2, 2, seed: 9)
        var g = RandomGenerator(seed: 10)
        let lstm = LSTM(inputSize: 2, hiddenSize: 2, numLayers: 2, bidirectional: true, using: &g)
        let check = gradientCheck([x] + lstm.allParameters) {
            let (output, h, c) = lstm(x)
            return LayerTestSupport.weightedSum(output) + LayerTestSupport.weightedSum(h, seed: 1) + c.sum()
        }
        #expect(check.passed, "\(check)")
        let gru = GRU(inputSize: 2, hiddenSize: 3, bidirectional: true, batchFirst: true, using: &g)
        #expect(gradientCheck([x] + gru.allParameters) { LayerTestSupport.weightedSum(gru(x).output) }.passed)
    }

    @Test func namesAndMisfits() async {
        var g = RandomGenerator(seed: 11)
        let gru = GRU(inputSize: 2, hiddenSize: 3, bidirectional: true, using: &g)
        #expect(gru.stateDictionary.map(\.name).prefix(5) == ["0.inputWeight", "0.hiddenWeight", "0.inputBias", "0.hiddenBias",
                                                             "1.inputWeight"])
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var g = RandomGenerator(seed: 1)
            _ = RNN(inputSize: 3, hiddenSize: 4, using: &g)(Tensor.zeros([5, 2, 2]))
        }.map { result in
            #expect(String(decoding: result.standardErrorContent, as: UTF8.self)
                .contains("RNN: expects a non-empty sequence [T, N, 3] (or unbatched [T, 3]), got input of shape [5, 2, 2]"))
        }
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var g = RandomGenerator(seed: 1)
            let cells = [RNNCell(inputSize: 3, hiddenSize: 4, using: &g), RNNCell(inputSize: 3, hiddenSize: 4, using: &g)]
            _ = RNN(cells: cells)
        }.map { result in
            #expect(String(decoding: result.standardErrorContent, as: UTF8.self).contains("cell 1 has inputSize 3"))
        }
    }
}
