/// What `RNN`, `LSTM` and `GRU` share: running a stack of cells, layer by layer and in one or both
/// directions, over a whole sequence.
struct RecurrentStack {
    let name: String
    let inputSize: Int
    let hiddenSize: Int
    let layers: Int
    let directions: Int
    let batchFirst: Bool

    /// Traps unless the sizes make a stack.
    static func checkSizes(_ name: String, inputSize: Int, hiddenSize: Int, numLayers: Int,
                           file: StaticString, line: UInt) {
        if inputSize < 1 || hiddenSize < 1 || numLayers < 1 {
            EngineFailure.fail(name, "inputSize \(inputSize), hiddenSize \(hiddenSize) and numLayers \(numLayers) must all be "
                               + "at least 1", file: file, line: line)
        }
    }

    /// The cells of a new stack, `cells[layer·D + direction]`, each made by `make(inputWidth, &generator)`
    /// (the first layer reads the input, the later ones both directions' hidden states); traps on bad sizes.
    static func makeCells<Cell>(_ name: String, inputSize: Int, hiddenSize: Int, numLayers: Int, bidirectional: Bool,
                                using generator: inout RandomGenerator, file: StaticString, line: UInt,
                                _ make: (Int, inout RandomGenerator) -> Cell) -> [Cell] {
        checkSizes(name, inputSize: inputSize, hiddenSize: hiddenSize, numLayers: numLayers, file: file, line: line)
        let d = bidirectional ? 2 : 1
        return (0..<numLayers * d).map { k in make(k < d ? inputSize : d * hiddenSize, &generator) }
    }

    /// The input width of each layer's cells: the input for the first, the (both directions') hidden state after.
    func cellInputSize(layer: Int) -> Int { layer == 0 ? inputSize : directions * hiddenSize }

    /// Runs the cells over `input` ([T, N, I], [N, T, I] when `batchFirst`, or one unbatched [T, I]).
    ///
    /// `initial` holds one [layers·directions, N, H] tensor per kind of state (h, or h and c), or is nil
    /// for zeros; `step(cell, x, state)` advances cell `layer·directions + direction` by one step, and the
    /// first state it returns is the cell's output. Returns the last layer's outputs for every step,
    /// [T, N, directions·H] (batch-first or unbatched like the input), and the final states, each
    /// [layers·directions, N, H] (or [layers·directions, H] unbatched).
    func run(_ input: Tensor, initial: [Tensor]?, stateNames: [String], file: StaticString, line: UInt,
             step: (_ cell: Int, _ x: Tensor, _ state: [Tensor]?) -> [Tensor]) -> (output: Tensor, final: [Tensor]) {
        let unbatched = input.rank == 2
        if !(input.rank == 3 || unbatched) || input.shape[input.rank - 1] != inputSize
            || input.shape[batchFirst && !unbatched ? 1 : 0] == 0 {
            let layout = batchFirst ? "[N, T, \(inputSize)]" : "[T, N, \(inputSize)]"
            EngineFailure.fail(name, "expects a non-empty sequence \(layout) (or unbatched [T, \(inputSize)]), got input of shape "
                               + "\(describe(input.shape))", file: file, line: line)
        }
        var sequence = unbatched ? input.unsqueezed(axis: 1, file: file, line: line) : input
        if batchFirst && !unbatched { sequence = sequence.permuted([1, 0, 2], file: file, line: line) }
        let (steps, batch) = (sequence.shape[0], sequence.shape[1])
        let cells = layers * directions
        let expectedState = unbatched ? [cells, hiddenSize] : [cells, batch, hiddenSize]
        if let initial {
            for (state, stateName) in zip(initial, stateNames) where state.shape != expectedState {
                EngineFailure.fail(name, "the initial \(stateName) must be \(describe(expectedState)) (layers·directions, "
                                   + "batch, hidden), got \(describe(state.shape))", file: file, line: line)
            }
        }
        let starts = initial.map { states in
            states.map { unbatched ? $0.unsqueezed(axis: 1, file: file, line: line) : $0 }
        }
        var inputs = (0..<steps).map { sequence[$0] }
        var finals = [[Tensor]](repeating: [], count: cells)
        for layer in 0..<layers {
            var outputs = [[Tensor]](repeating: [], count: directions)
            for direction in 0..<directions {
                let cell = layer * directions + direction
                var state = starts.map { states in states.map { $0[cell] } }
                var hiddens = [Tensor?](repeating: nil, count: steps)
                let order = direction == 0 ? Array(0..<steps) : Array((0..<steps).reversed())
                for t in order {
                    let next = step(cell, inputs[t], state)
                    hiddens[t] = next[0]
                    state = next
                }
                outputs[direction] = hiddens.map { $0! }
                finals[cell] = state!
            }
            inputs = (0..<steps).map { t in
                directions == 1 ? outputs[0][t] : Tensor.concatenate(outputs.map { $0[t] }, axis: 1)
            }
        }
        var output = Tensor.stack(inputs, axis: 0)
        if unbatched {
            output = output.squeezed(axis: 1)
        } else if batchFirst {
            output = output.permuted([1, 0, 2])
        }
        let final = stateNames.indices.map { k in
            let stacked = Tensor.stack(finals.map { $0[k] }, axis: 0)
            return unbatched ? stacked.squeezed(axis: 1) : stacked
        }
        return (output, final)
    }
}
