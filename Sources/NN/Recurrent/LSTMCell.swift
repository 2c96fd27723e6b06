/// A long short-term memory cell with PyTorch's gate equations; it carries a hidden state h and a
/// cell state c.
///
///     i = σ(x·Wxi + h·Whi + bi)      input gate
///     f = σ(x·Wxf + h·Whf + bf)      forget gate
///     g = tanh(x·Wxg + h·Whg + bg)   candidate
///     o = σ(x·Wxo + h·Who + bo)      output gate
///     c′ = f ⊙ c + i ⊙ g,   h′ = o ⊙ tanh(c′)
///
/// The four gates share one [inputSize, 4H] input weight, one [H, 4H] hidden weight and one [4H]
/// bias, in PyTorch's column order i, f, g, o (transposed from PyTorch's `weight_ih`/`weight_hh`;
/// PyTorch's two biases are folded into one). Every parameter starts in U(−1/√H, 1/√H), as in
/// PyTorch, which includes the forget-gate bias; pass `forgetBias:` (1 is the common choice of
/// Jozefowicz et al., 2015) to start it at a constant instead, so the cell remembers by default.
public final class LSTMCell: Module {
    /// The width of each input, the I in [N, I].
    public let inputSize: Int
    /// The width of the hidden state, H.
    public let hiddenSize: Int
    /// [inputSize, 4·hiddenSize], gates i, f, g, o side by side.
    public let inputWeight: Tensor
    /// [hiddenSize, 4·hiddenSize], gates i, f, g, o side by side.
    public let hiddenWeight: Tensor
    /// [4·hiddenSize], gates i, f, g, o one after another.
    public let bias: Tensor
    /// Unused by the cell itself (no dropout inside); kept for `Module`.
    public var isTraining = true

    public var parameters: [Tensor] { [inputWeight, hiddenWeight, bias] }

    /// Creates a cell whose parameters (input weight, hidden weight, bias) are drawn from `generator`;
    /// a non-nil `forgetBias` then overwrites the forget gate's slice of the bias.
    public convenience init(inputSize: Int, hiddenSize: Int, forgetBias: Double? = nil,
                            using generator: inout RandomGenerator,
                            file: StaticString = #fileID, line: UInt = #line) {
        RecurrentCellSupport.checkSizes("LSTMCell", inputSize: inputSize, hiddenSize: hiddenSize, file: file, line: line)
        let p = RecurrentCellSupport.drawParameters(LSTMCell.shapes(inputSize, hiddenSize),
                                                    hiddenSize: hiddenSize, using: &generator)
        self.init(inputSize: inputSize, hiddenSize: hiddenSize, forgetBias: forgetBias, parameters: p)
    }

    /// Creates a cell whose parameters are drawn from the default generator.
    public convenience init(inputSize: Int, hiddenSize: Int, forgetBias: Double? = nil,
                            file: StaticString = #fileID, line: UInt = #line) {
        RecurrentCellSupport.checkSizes("LSTMCell", inputSize: inputSize, hiddenSize: hiddenSize, file: file, line: line)
        let p = Random.withGenerator {
            RecurrentCellSupport.drawParameters(LSTMCell.shapes(inputSize, hiddenSize), hiddenSize: hiddenSize, using: &$0)
        }
        self.init(inputSize: inputSize, hiddenSize: hiddenSize, forgetBias: forgetBias, parameters: p)
    }

    /// Creates a cell from given values: the input weight [I, 4H], hidden weight [H, 4H] and bias [4H]
    /// (gates i, f, g, o) become its parameters.
    public convenience init(inputWeight: Tensor, hiddenWeight: Tensor, bias: Tensor,
                            file: StaticString = #fileID, line: UInt = #line) {
        let (i, h) = RecurrentCellSupport.adoptGiven("LSTMCell", inputWeight: inputWeight, hiddenWeight: hiddenWeight,
                                                     biases: [bias], gates: 4, file: file, line: line)
        self.init(inputSize: i, hiddenSize: h, forgetBias: nil, parameters: [inputWeight, hiddenWeight, bias])
    }

    /// Creates a cell from PyTorch's `nn.LSTMCell` tensors: `weight_ih` [4H, I] and `weight_hh` [4H, H]
    /// are transposed (the gate order i, f, g, o is the same), and `bias_ih` and `bias_hh` [4H] are
    /// added into one bias, since the gates only ever use their sum.
    ///
    /// PyTorch: `nn.LSTMCell(I, H)` with its `weight_ih`, `weight_hh`, `bias_ih`, `bias_hh`.
    public static func fromPyTorch(weightIH: Tensor, weightHH: Tensor, biasIH: Tensor, biasHH: Tensor,
                                   file: StaticString = #fileID, line: UInt = #line) -> LSTMCell {
        LSTMCell(inputWeight: RecurrentCellSupport.transposedCopy(weightIH, "LSTMCell", file: file, line: line),
                 hiddenWeight: RecurrentCellSupport.transposedCopy(weightHH, "LSTMCell", file: file, line: line),
                 bias: RecurrentCellSupport.summedBiases(biasIH, biasHH, "LSTMCell", file: file, line: line),
                 file: file, line: line)
    }

    private init(inputSize: Int, hiddenSize: Int, forgetBias: Double?, parameters p: [Tensor]) {
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        (inputWeight, hiddenWeight, bias) = (p[0], p[1], p[2])
        if let forgetBias {
            for j in hiddenSize..<2 * hiddenSize { bias.scalars[j] = forgetBias }
        }
    }

    private static func shapes(_ inputSize: Int, _ hiddenSize: Int) -> [[Int]] {
        [[inputSize, 4 * hiddenSize], [hiddenSize, 4 * hiddenSize], [4 * hiddenSize]]
    }

    /// One step: the next (h, c), each [N, hiddenSize], from input [N, inputSize] and the state
    /// (zeros when nil).
    public func forward(_ input: Tensor, _ state: (h: Tensor, c: Tensor)? = nil,
                        file: StaticString = #fileID, line: UInt = #line) -> (h: Tensor, c: Tensor) {
        RecurrentCellSupport.checkStep("LSTMCell", input: input, states: [("hidden state", state?.h), ("cell state", state?.c)],
                                       inputSize: inputSize, hiddenSize: hiddenSize, file: file, line: line)
        let n = input.shape[0]
        let (h, c) = state ?? (.zeros([n, hiddenSize]), .zeros([n, hiddenSize]))
        let gates = input.matmul(inputWeight) + h.matmul(hiddenWeight) + bias
        let size = hiddenSize
        let i = gates[..., 0..<size].sigmoid()
        let f = gates[..., size..<2 * size].sigmoid()
        let g = gates[..., 2 * size..<3 * size].tanh()
        let o = gates[..., 3 * size..<4 * size].sigmoid()
        let nextC = f * c + i * g
        return (o * nextC.tanh(), nextC)
    }

    /// One step, written as a call: `(h, c) = cell(x, (h, c))`.
    public func callAsFunction(_ input: Tensor, _ state: (h: Tensor, c: Tensor)? = nil,
                               file: StaticString = #fileID, line: UInt = #line) -> (h: Tensor, c: Tensor) {
        forward(input, state, file: file, line: line)
    }

    /// Runs the cell over a sequence of [N, inputSize] inputs and returns the hidden and cell states
    /// after every step (h₁ … h_T and c₁ … c_T); `initial` is (h₀, c₀), zeros when nil.
    ///
    /// The states stay connected in one graph, so `backward()` from a loss on them is
    /// back-propagation through time.
    public func unroll(sequence: [Tensor], initial: (h: Tensor, c: Tensor)? = nil,
                       file: StaticString = #fileID, line: UInt = #line) -> (hiddens: [Tensor], cells: [Tensor]) {
        var state = initial
        var hiddens: [Tensor] = [], cells: [Tensor] = []
        for x in sequence {
            let next = forward(x, state, file: file, line: line)
            hiddens.append(next.h)
            cells.append(next.c)
            state = next
        }
        return (hiddens, cells)
    }
}
