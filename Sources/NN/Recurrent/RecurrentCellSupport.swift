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
}
