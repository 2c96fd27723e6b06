/// An Elman recurrent cell: h′ = f(x·Wxh + h·Whh + b), with f = tanh (default) or ReLU.
///
/// Rows are examples: x is [N, inputSize], h is [N, hiddenSize], Wxh is [inputSize, hiddenSize] and
/// Whh is [hiddenSize, hiddenSize] (the transposes of PyTorch's `weight_ih`/`weight_hh`; PyTorch's two
/// biases are folded into one b). Every parameter starts in U(−1/√H, 1/√H), as in PyTorch.
///
///     let cell = RNNCell(inputSize: 3, hiddenSize: 8)
///     let hiddens = cell.unroll(sequence: xs)        // one [N, 8] state per step
///     loss(hiddens.last!).backward()                  // back-propagation through time
public final class RNNCell: HiddenStateCell {
    /// The function applied to the pre-activation.
    public enum Nonlinearity: Sendable { case tanh, relu }

    /// The width of each input, the I in [N, I].
    public let inputSize: Int
    /// The width of the hidden state, H.
    public let hiddenSize: Int
    public let nonlinearity: Nonlinearity
    /// Wxh, [inputSize, hiddenSize].
    public let inputWeight: Tensor
    /// Whh, [hiddenSize, hiddenSize].
    public let hiddenWeight: Tensor
    /// b, [hiddenSize].
    public let bias: Tensor
    /// Unused by the cell itself (no dropout inside); kept for `Module`.
    public var isTraining = true

    public var parameters: [Tensor] { [inputWeight, hiddenWeight, bias] }

    /// Creates a cell whose parameters (Wxh, then Whh, then b) are drawn from `generator`.
    public convenience init(inputSize: Int, hiddenSize: Int, nonlinearity: Nonlinearity = .tanh,
                            using generator: inout RandomGenerator,
                            file: StaticString = #fileID, line: UInt = #line) {
        RecurrentCellSupport.checkSizes("RNNCell", inputSize: inputSize, hiddenSize: hiddenSize, file: file, line: line)
        let p = RecurrentCellSupport.drawParameters([[inputSize, hiddenSize], [hiddenSize, hiddenSize], [hiddenSize]],
                                                    hiddenSize: hiddenSize, using: &generator)
        self.init(inputSize: inputSize, hiddenSize: hiddenSize, nonlinearity: nonlinearity, parameters: p)
    }

    /// Creates a cell whose parameters are drawn from the default generator.
    public convenience init(inputSize: Int, hiddenSize: Int, nonlinearity: Nonlinearity = .tanh,
                            file: StaticString = #fileID, line: UInt = #line) {
        RecurrentCellSupport.checkSizes("RNNCell", inputSize: inputSize, hiddenSize: hiddenSize, file: file, line: line)
        let p = Random.withGenerator {
            RecurrentCellSupport.drawParameters([[inputSize, hiddenSize], [hiddenSize, hiddenSize], [hiddenSize]],
                                                hiddenSize: hiddenSize, using: &$0)
        }
        self.init(inputSize: inputSize, hiddenSize: hiddenSize, nonlinearity: nonlinearity, parameters: p)
    }

    /// Creates a cell from given values: Wxh [I, H], Whh [H, H] and b [H] become its parameters.
    public convenience init(inputWeight: Tensor, hiddenWeight: Tensor, bias: Tensor, nonlinearity: Nonlinearity = .tanh,
                            file: StaticString = #fileID, line: UInt = #line) {
        let (i, h) = RecurrentCellSupport.adoptGiven("RNNCell", inputWeight: inputWeight, hiddenWeight: hiddenWeight,
                                                     biases: [bias], gates: 1, file: file, line: line)
        self.init(inputSize: i, hiddenSize: h, nonlinearity: nonlinearity, parameters: [inputWeight, hiddenWeight, bias])
    }

    /// Creates a cell from PyTorch's `nn.RNNCell` tensors: `weight_ih` [H, I] and `weight_hh` [H, H] are
    /// transposed, and the two biases `bias_ih`, `bias_hh` [H] are added into one (they only ever appear summed).
    ///
    /// PyTorch: `nn.RNNCell(I, H, nonlinearity=...)` with its `weight_ih`, `weight_hh`, `bias_ih`, `bias_hh`.
    public static func fromPyTorch(weightIH: Tensor, weightHH: Tensor, biasIH: Tensor, biasHH: Tensor,
                                   nonlinearity: Nonlinearity = .tanh,
                                   file: StaticString = #fileID, line: UInt = #line) -> RNNCell {
        RNNCell(inputWeight: RecurrentCellSupport.transposedCopy(weightIH, "RNNCell", file: file, line: line),
                hiddenWeight: RecurrentCellSupport.transposedCopy(weightHH, "RNNCell", file: file, line: line),
                bias: RecurrentCellSupport.summedBiases(biasIH, biasHH, "RNNCell", file: file, line: line),
                nonlinearity: nonlinearity, file: file, line: line)
    }

    private init(inputSize: Int, hiddenSize: Int, nonlinearity: Nonlinearity, parameters p: [Tensor]) {
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.nonlinearity = nonlinearity
        (inputWeight, hiddenWeight, bias) = (p[0], p[1], p[2])
    }

    /// One step: the next hidden state [N, hiddenSize] from input [N, inputSize] and hidden state
    /// [N, hiddenSize] (zeros when nil).
    public func forward(_ input: Tensor, _ hidden: Tensor? = nil,
                        file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        RecurrentCellSupport.checkStep("RNNCell", input: input, states: [("hidden state", hidden)],
                                       inputSize: inputSize, hiddenSize: hiddenSize, file: file, line: line)
        let h = hidden ?? .zeros([input.shape[0], hiddenSize])
        let preactivation = input.matmul(inputWeight) + h.matmul(hiddenWeight) + bias
        switch nonlinearity {
        case .tanh: return preactivation.tanh()
        case .relu: return preactivation.relu()
        }
    }
}
