/// What the three recurrent cells share: PyTorch's initialisation and the shape checks of a step.
enum RecurrentCellSupport {
    /// Draws parameters of the given shapes from U(−1/√H, 1/√H), PyTorch's choice for its RNN cells,
    /// in the order given.
    static func drawParameters(_ shapes: [[Int]], hiddenSize: Int,
                               using generator: inout RandomGenerator) -> [Tensor] {
        let k = 1 / Double(hiddenSize).squareRoot()
        return shapes.map { shape in
            Tensor.uniform(shape, -k...k, requiresGrad: true, using: &generator)
        }
    }

    /// Traps unless both sizes are positive.
    static func checkSizes(_ cell: String, inputSize: Int, hiddenSize: Int, file: StaticString, line: UInt) {
        if inputSize <= 0 || hiddenSize <= 0 {
            EngineFailure.fail(cell, "inputSize \(inputSize) and hiddenSize \(hiddenSize) must both be positive",
                               file: file, line: line)
        }
    }

    /// Traps unless `input` is [N, inputSize] and every given state is [N, hiddenSize], naming all
    /// the shapes involved (states passed as nil are zeros made to fit, and are not checked).
    static func checkStep(_ cell: String, input: Tensor, states: [(name: String, tensor: Tensor?)],
                          inputSize: Int, hiddenSize: Int, file: StaticString, line: UInt) {
        let given = states.compactMap { state in state.tensor.map { (state.name, $0) } }
        let inputFits = input.rank == 2 && input.shape[1] == inputSize
        if inputFits && given.allSatisfy({ $0.1.shape == [input.shape[0], hiddenSize] }) { return }
        let shapes = (["input of shape \(describe(input.shape))"] + given.map { "\($0.0) of shape \(describe($0.1.shape))" })
            .joined(separator: ", ")
        let expected = given.isEmpty ? "[N, \(inputSize)]" : "[N, \(inputSize)] and [N, \(hiddenSize)]"
        EngineFailure.fail(cell, "\(shapes) \(given.isEmpty ? "does" : "do") not fit a cell with inputSize \(inputSize) "
                           + "and hiddenSize \(hiddenSize) (expected \(expected))", file: file, line: line)
    }

    /// The input and hidden sizes of given weights [I, gates·H] and [H, gates·H] and biases [gates·H],
    /// or a trap naming the shapes; the tensors become parameters.
    static func adoptGiven(_ cell: String, inputWeight: Tensor, hiddenWeight: Tensor, biases: [Tensor], gates: Int,
                           file: StaticString, line: UInt) -> (inputSize: Int, hiddenSize: Int) {
        let hidden = hiddenWeight.rank == 2 ? hiddenWeight.shape[0] : 0
        let fits = hidden > 0 && inputWeight.rank == 2 && inputWeight.shape[0] > 0
            && inputWeight.shape[1] == gates * hidden && hiddenWeight.shape[1] == gates * hidden
            && biases.allSatisfy { $0.shape == [gates * hidden] }
        if !fits {
            let shapes = ([inputWeight, hiddenWeight] + biases).map { describe($0.shape) }.joined(separator: ", ")
            EngineFailure.fail(cell, "weights \(shapes) do not fit: expected [I, \(gates)·H], [H, \(gates)·H] and biases "
                               + "[\(gates)·H]", file: file, line: line)
        }
        for t in [inputWeight, hiddenWeight] + biases { t.requiresGrad = true }
        return (inputWeight.shape[0], hidden)
    }

    /// PyTorch's [gates·H, I] or [gates·H, H] weight in this engine's layout, [I, gates·H] or [H, gates·H].
    static func transposedCopy(_ weight: Tensor, _ cell: String, file: StaticString, line: UInt) -> Tensor {
        if weight.rank != 2 {
            EngineFailure.fail(cell, "PyTorch's weights are matrices, got shape \(describe(weight.shape))", file: file, line: line)
        }
        return withoutGrad { weight.T }.detach()
    }

    /// PyTorch's two biases of one shape, added into one new tensor.
    static func summedBiases(_ a: Tensor, _ b: Tensor, _ cell: String, file: StaticString, line: UInt) -> Tensor {
        if a.shape != b.shape || a.rank != 1 {
            EngineFailure.fail(cell, "bias_ih \(describe(a.shape)) and bias_hh \(describe(b.shape)) must be vectors of one length",
                               file: file, line: line)
        }
        return withoutGrad { a + b }.detach()
    }
}
