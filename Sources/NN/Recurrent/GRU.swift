/// A GRU over whole sequences: `numLayers` stacked `GRUCell`s, optionally bidirectional.
///
/// Input, outputs, directions and naming as in `RNN`: `forward` returns the last layer's hidden state
/// at every step, [T, N, D·H], and the final hidden states [numLayers·D, N, H].
///
/// PyTorch: `nn.GRU(input_size, hidden_size, num_layers, bidirectional=, batch_first=)`.
public final class GRU: Module {
    /// The cells, `cells[layer·D + direction]`.
    public let cells: [GRUCell]
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
        let cells = RecurrentStack.makeCells("GRU", inputSize: inputSize, hiddenSize: hiddenSize, numLayers: numLayers,
                                             bidirectional: bidirectional, using: &generator, file: file, line: line) {
            GRUCell(inputSize: $0, hiddenSize: hiddenSize, using: &$1, file: file, line: line)
        }
        self.init(cells: cells, bidirectional: bidirectional, batchFirst: batchFirst, file: file, line: line)
    }

    /// Creates the stack, drawing the parameters from the default generator.
    public convenience init(inputSize: Int, hiddenSize: Int, numLayers: Int = 1, bidirectional: Bool = false,
                            batchFirst: Bool = false, file: StaticString = #fileID, line: UInt = #line) {
        let cells = Random.withGenerator { g -> [GRUCell] in
            RecurrentStack.makeCells("GRU", inputSize: inputSize, hiddenSize: hiddenSize, numLayers: numLayers,
                                     bidirectional: bidirectional, using: &g, file: file, line: line) {
                GRUCell(inputSize: $0, hiddenSize: hiddenSize, using: &$1, file: file, line: line)
            }
        }
        self.init(cells: cells, bidirectional: bidirectional, batchFirst: batchFirst, file: file, line: line)
    }

    /// Creates the stack from given cells, `cells[layer·D + direction]` (e.g. built with `GRUCell.fromPyTorch`).
    public init(cells: [GRUCell], bidirectional: Bool = false, batchFirst: Bool = false,
                file: StaticString = #fileID, line: UInt = #line) {
        stack = RecurrentStackSupport.check("GRU", cells.map { ($0.inputSize, $0.hiddenSize) }, bidirectional: bidirectional,
                                            batchFirst: batchFirst, file: file, line: line)
        self.cells = cells
        (inputSize, hiddenSize, numLayers) = (stack.inputSize, stack.hiddenSize, stack.layers)
        self.bidirectional = bidirectional
        self.batchFirst = batchFirst
    }

    /// The outputs at every step and the final hidden states; `hidden` is h₀ [numLayers·D, N, H] (zeros when nil).
    public func forward(_ input: Tensor, _ hidden: Tensor? = nil,
                        file: StaticString = #fileID, line: UInt = #line) -> (output: Tensor, hidden: Tensor) {
        let (output, final) = stack.run(input, initial: hidden.map { [$0] }, stateNames: ["hidden state"], file: file, line: line) {
            [cells[$0].forward($1, $2?[0], file: file, line: line)]
        }
        return (output, final[0])
    }

    /// Runs the stack, written as a call: `let (output, hidden) = gru(x)`.
    public func callAsFunction(_ input: Tensor, _ hidden: Tensor? = nil,
                               file: StaticString = #fileID, line: UInt = #line) -> (output: Tensor, hidden: Tensor) {
        forward(input, hidden, file: file, line: line)
    }
}
