/// An Elman RNN over whole sequences: `numLayers` stacked `RNNCell`s, optionally bidirectional.
///
/// The input is [T, N, I] (time first, PyTorch's default), [N, T, I] with `batchFirst`, or one
/// unbatched sequence [T, I]. Layer 1 reads the input; each further layer reads the outputs of the
/// one below (both directions side by side). `forward` returns the last layer's hidden state at every
/// step, [T, N, D·H] with D = 2 when bidirectional (forward direction first), and the final hidden
/// state of every layer and direction, [numLayers·D, N, H], in PyTorch's order (layer 0 forward,
/// layer 0 backward, layer 1 forward, …).
///
/// The cells are `cells[layer·D + direction]`, so in `stateDictionary` their parameters are named
/// `0.inputWeight`, `1.inputWeight`, … (PyTorch's `weight_ih_l0`, `weight_ih_l0_reverse`, …).
/// Dropout between layers is not offered.
///
///     let rnn = RNN(inputSize: 3, hiddenSize: 8, numLayers: 2, bidirectional: true)
///     let (output, hidden) = rnn(x)        // x: [T, N, 3] → output [T, N, 16], hidden [4, N, 8]
///
/// PyTorch: `nn.RNN(input_size, hidden_size, num_layers, nonlinearity, bidirectional=, batch_first=)`.
public final class RNN: Module {
    /// The cells, `cells[layer·D + direction]`.
    public let cells: [RNNCell]
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
    public convenience init(inputSize: Int, hiddenSize: Int, numLayers: Int = 1, nonlinearity: RNNCell.Nonlinearity = .tanh,
                            bidirectional: Bool = false, batchFirst: Bool = false, using generator: inout RandomGenerator,
                            file: StaticString = #fileID, line: UInt = #line) {
        let cells = RecurrentStack.makeCells("RNN", inputSize: inputSize, hiddenSize: hiddenSize, numLayers: numLayers,
                                             bidirectional: bidirectional, using: &generator, file: file, line: line) {
            RNNCell(inputSize: $0, hiddenSize: hiddenSize, nonlinearity: nonlinearity, using: &$1, file: file, line: line)
        }
        self.init(cells: cells, bidirectional: bidirectional, batchFirst: batchFirst, file: file, line: line)
    }

    /// Creates the stack, drawing the parameters from the default generator.
    public convenience init(inputSize: Int, hiddenSize: Int, numLayers: Int = 1, nonlinearity: RNNCell.Nonlinearity = .tanh,
                            bidirectional: Bool = false, batchFirst: Bool = false,
                            file: StaticString = #fileID, line: UInt = #line) {
        let cells = Random.withGenerator { g -> [RNNCell] in
            RecurrentStack.makeCells("RNN", inputSize: inputSize, hiddenSize: hiddenSize, numLayers: numLayers,
                                     bidirectional: bidirectional, using: &g, file: file, line: line) {
                RNNCell(inputSize: $0, hiddenSize: hiddenSize, nonlinearity: nonlinearity, using: &$1, file: file, line: line)
            }
        }
        self.init(cells: cells, bidirectional: bidirectional, batchFirst: batchFirst, file: file, line: line)
    }

    /// Creates the stack from given cells, `cells[layer·D + direction]` (e.g. built with `RNNCell.fromPyTorch`).
    public init(cells: [RNNCell], bidirectional: Bool = false, batchFirst: Bool = false,
                file: StaticString = #fileID, line: UInt = #line) {
        stack = RecurrentStackSupport.check("RNN", cells.map { ($0.inputSize, $0.hiddenSize) }, bidirectional: bidirectional,
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

    /// Runs the stack, written as a call: `let (output, hidden) = rnn(x)`.
    public func callAsFunction(_ input: Tensor, _ hidden: Tensor? = nil,
                               file: StaticString = #fileID, line: UInt = #line) -> (output: Tensor, hidden: Tensor) {
        forward(input, hidden, file: file, line: line)
    }
}

/// The checks the sequence modules share when given their cells.
enum RecurrentStackSupport {
    /// The stack for cells of the given (input, hidden) sizes, or a trap naming the size that does not fit.
    static func check(_ name: String, _ sizes: [(input: Int, hidden: Int)], bidirectional: Bool, batchFirst: Bool,
                      file: StaticString, line: UInt) -> RecurrentStack {
        let d = bidirectional ? 2 : 1
        if sizes.isEmpty || sizes.count % d != 0 {
            EngineFailure.fail(name, "needs a whole number of layers of \(d) cell\(d == 1 ? "" : "s"), got \(sizes.count) cells",
                               file: file, line: line)
        }
        let stack = RecurrentStack(name: name, inputSize: sizes[0].input, hiddenSize: sizes[0].hidden, layers: sizes.count / d,
                                   directions: d, batchFirst: batchFirst)
        for (k, size) in sizes.enumerated() where size != (stack.cellInputSize(layer: k / d), stack.hiddenSize) {
            EngineFailure.fail(name, "cell \(k) has inputSize \(size.input) and hiddenSize \(size.hidden); layer \(k / d) needs "
                               + "\(stack.cellInputSize(layer: k / d)) and \(stack.hiddenSize)", file: file, line: line)
        }
        return stack
    }
}
