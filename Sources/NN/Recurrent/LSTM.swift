/// An LSTM over whole sequences: `numLayers` stacked `LSTMCell`s, optionally bidirectional.
///
/// Input, outputs, directions and naming as in `RNN`: `forward` returns the last layer's hidden state
/// at every step, [T, N, D·H], and the final hidden and cell states, each [numLayers·D, N, H].
///
///     let lstm = LSTM(inputSize: 10, hiddenSize: 20, numLayers: 2)
///     let (output, h, c) = lstm(x)           // x: [T, N, 10] → output [T, N, 20], h and c [2, N, 20]
///
/// PyTorch: `nn.LSTM(input_size, hidden_size, num_layers, bidirectional=, batch_first=)`.
public final class LSTM: Module {
    /// The cells, `cells[layer·D + direction]`.
    public let cells: [LSTMCell]
    /// The width of each input step, I.
    public let inputSize: Int
    /// The width of each hidden state, H.
    public let hiddenSize: Int
    /// The number of stacked layers.
    public let numLayers: Int
    /// Whether each layer also runs backwards in time (D = 2).
    public let bidirectional: Bool
    /// Whether inputs and outputs are [N, T, …] instead of [T, N, …].
    public let batchFirst: Bool
    public var isTraining = true
    private let stack: RecurrentStack

    public var children: [any Module] { cells }

    /// Creates the stack, drawing every cell's parameters from `generator` (U(±1/√H), as in PyTorch).
    public convenience init(inputSize: Int, hiddenSize: Int, numLayers: Int = 1, bidirectional: Bool = false,
                            batchFirst: Bool = false, using generator: inout RandomGenerator,
                            file: StaticString = #fileID, line: UInt = #line) {
        let cells = RecurrentStack.makeCells("LSTM", inputSize: inputSize, hiddenSize: hiddenSize, numLayers: numLayers,
                                             bidirectional: bidirectional, using: &generator, file: file, line: line) {
            LSTMCell(inputSize: $0, hiddenSize: hiddenSize, using: &$1, file: file, line: line)
        }
        self.init(cells: cells, bidirectional: bidirectional, batchFirst: batchFirst, file: file, line: line)
    }

    /// Creates the stack, drawing the parameters from the default generator.
    public convenience init(inputSize: Int, hiddenSize: Int, numLayers: Int = 1, bidirectional: Bool = false,
                            batchFirst: Bool = false, file: StaticString = #fileID, line: UInt = #line) {
        let cells = Random.withGenerator { g -> [LSTMCell] in
            RecurrentStack.makeCells("LSTM", inputSize: inputSize, hiddenSize: hiddenSize, numLayers: numLayers,
                                     bidirectional: bidirectional, using: &g, file: file, line: line) {
                LSTMCell(inputSize: $0, hiddenSize: hiddenSize, using: &$1, file: file, line: line)
            }
        }
        self.init(cells: cells, bidirectional: bidirectional, batchFirst: batchFirst, file: file, line: line)
    }

    /// Creates the stack from given cells, `cells[layer·D + direction]` (e.g. built with `LSTMCell.fromPyTorch`).
    public init(cells: [LSTMCell], bidirectional: Bool = false, batchFirst: Bool = false,
                file: StaticString = #fileID, line: UInt = #line) {
        stack = RecurrentStackSupport.check("LSTM", cells.map { ($0.inputSize, $0.hiddenSize) }, bidirectional: bidirectional,
                                            batchFirst: batchFirst, file: file, line: line)
        self.cells = cells
        (inputSize, hiddenSize, numLayers) = (stack.inputSize, stack.hiddenSize, stack.layers)
        self.bidirectional = bidirectional
        self.batchFirst = batchFirst
    }

    /// The outputs at every step and the final states; `state` is (h₀, c₀), each [numLayers·D, N, H]
    /// (zeros when nil).
    public func forward(_ input: Tensor, _ state: (h: Tensor, c: Tensor)? = nil,
                        file: StaticString = #fileID, line: UInt = #line) -> (output: Tensor, h: Tensor, c: Tensor) {
        let (output, final) = stack.run(input, initial: state.map { [$0.h, $0.c] }, stateNames: ["hidden state", "cell state"],
                                        file: file, line: line) { cell, x, state in
            let next = cells[cell].forward(x, state.map { ($0[0], $0[1]) }, file: file, line: line)
            return [next.h, next.c]
        }
        return (output, final[0], final[1])
    }

    /// Runs the stack, written as a call: `let (output, h, c) = lstm(x)`.
    public func callAsFunction(_ input: Tensor, _ state: (h: Tensor, c: Tensor)? = nil,
                               file: StaticString = #fileID, line: UInt = #line) -> (output: Tensor, h: Tensor, c: Tensor) {
        forward(input, state, file: file, line: line)
    }
}
