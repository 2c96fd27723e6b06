/// A gated recurrent unit with PyTorch's equations, where the reset gate scales the recurrent
/// term after its matrix product (and its bias), not the previous state before it.
///
///     r = σ(x·Wxr + bxr + h·Whr + bhr)           reset gate
///     z = σ(x·Wxz + bxz + h·Whz + bhz)           update gate
///     n = tanh(x·Wxn + bxn + r ⊙ (h·Whn + bhn))  candidate
///     h′ = (1 − z) ⊙ n + z ⊙ h
///
/// The three gates share one [inputSize, 3H] input weight and one [H, 3H] hidden weight, in
/// PyTorch's column order r, z, n (transposed from PyTorch's `weight_ih`/`weight_hh`). As in
/// PyTorch there are two [3H] biases, because bhn sits inside r ⊙ (…) and cannot be folded into bxn.
/// Every parameter starts in U(−1/√H, 1/√H), as in PyTorch.
public final class GRUCell: HiddenStateCell {
    /// The width of each input, the I in [N, I].
    public let inputSize: Int
    /// The width of the hidden state, H.
    public let hiddenSize: Int
    /// [inputSize, 3·hiddenSize], gates r, z, n side by side.
    public let inputWeight: Tensor
    /// [hiddenSize, 3·hiddenSize], gates r, z, n side by side.
    public let hiddenWeight: Tensor
    /// bxr, bxz, bxn: [3·hiddenSize], added to x·Wx.
    public let inputBias: Tensor
    /// bhr, bhz, bhn: [3·hiddenSize], added to h·Wh (so bhn is scaled by the reset gate).
    public let hiddenBias: Tensor
    /// Unused by the cell itself (no dropout inside); kept for `Module`.
    public var isTraining = true

    public var parameters: [Tensor] { [inputWeight, hiddenWeight, inputBias, hiddenBias] }

    /// Creates a cell whose parameters (input weight, hidden weight, input bias, hidden bias) are
    /// drawn from `generator`.
    public convenience init(inputSize: Int, hiddenSize: Int, using generator: inout RandomGenerator,
                            file: StaticString = #fileID, line: UInt = #line) {
        RecurrentCellSupport.checkSizes("GRUCell", inputSize: inputSize, hiddenSize: hiddenSize, file: file, line: line)
        let p = RecurrentCellSupport.drawParameters(GRUCell.shapes(inputSize, hiddenSize),
                                                    hiddenSize: hiddenSize, using: &generator)
        self.init(inputSize: inputSize, hiddenSize: hiddenSize, parameters: p)
    }

    /// Creates a cell whose parameters are drawn from the default generator.
    public convenience init(inputSize: Int, hiddenSize: Int, file: StaticString = #fileID, line: UInt = #line) {
        RecurrentCellSupport.checkSizes("GRUCell", inputSize: inputSize, hiddenSize: hiddenSize, file: file, line: line)
        let p = Random.withGenerator {
            RecurrentCellSupport.drawParameters(GRUCell.shapes(inputSize, hiddenSize), hiddenSize: hiddenSize, using: &$0)
        }
        self.init(inputSize: inputSize, hiddenSize: hiddenSize, parameters: p)
    }

    /// Creates a cell from given values: the input weight [I, 3H], hidden weight [H, 3H] and the two
    /// biases [3H] (gates r, z, n) become its parameters.
    public convenience init(inputWeight: Tensor, hiddenWeight: Tensor, inputBias: Tensor, hiddenBias: Tensor,
                            file: StaticString = #fileID, line: UInt = #line) {
        let (i, h) = RecurrentCellSupport.adoptGiven("GRUCell", inputWeight: inputWeight, hiddenWeight: hiddenWeight,
                                                     biases: [inputBias, hiddenBias], gates: 3, file: file, line: line)
        self.init(inputSize: i, hiddenSize: h, parameters: [inputWeight, hiddenWeight, inputBias, hiddenBias])
    }

    /// Creates a cell from PyTorch's `nn.GRUCell` tensors: `weight_ih` [3H, I] and `weight_hh` [3H, H]
    /// are transposed (the gate order r, z, n is the same); `bias_ih` and `bias_hh` stay apart, since
    /// the reset gate scales only the hidden one.
    ///
    /// PyTorch: `nn.GRUCell(I, H)` with its `weight_ih`, `weight_hh`, `bias_ih`, `bias_hh`.
    public static func fromPyTorch(weightIH: Tensor, weightHH: Tensor, biasIH: Tensor, biasHH: Tensor,
                                   file: StaticString = #fileID, line: UInt = #line) -> GRUCell {
        GRUCell(inputWeight: RecurrentCellSupport.transposedCopy(weightIH, "GRUCell", file: file, line: line),
                hiddenWeight: RecurrentCellSupport.transposedCopy(weightHH, "GRUCell", file: file, line: line),
                inputBias: biasIH.detach(), hiddenBias: biasHH.detach(), file: file, line: line)
    }

    private init(inputSize: Int, hiddenSize: Int, parameters p: [Tensor]) {
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        (inputWeight, hiddenWeight, inputBias, hiddenBias) = (p[0], p[1], p[2], p[3])
    }

    private static func shapes(_ inputSize: Int, _ hiddenSize: Int) -> [[Int]] {
        [[inputSize, 3 * hiddenSize], [hiddenSize, 3 * hiddenSize], [3 * hiddenSize], [3 * hiddenSize]]
    }

    /// One step: the next hidden state [N, hiddenSize] from input [N, inputSize] and hidden state
    /// [N, hiddenSize] (zeros when nil).
    public func forward(_ input: Tensor, _ hidden: Tensor? = nil,
                        file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        RecurrentCellSupport.checkStep("GRUCell", input: input, states: [("hidden state", hidden)],
                                       inputSize: inputSize, hiddenSize: hiddenSize, file: file, line: line)
        let h = hidden ?? .zeros([input.shape[0], hiddenSize])
        let fromInput = input.matmul(inputWeight) + inputBias
        let fromHidden = h.matmul(hiddenWeight) + hiddenBias
        let size = hiddenSize
        let r = (fromInput[..., 0..<size] + fromHidden[..., 0..<size]).sigmoid()
        let z = (fromInput[..., size..<2 * size] + fromHidden[..., size..<2 * size]).sigmoid()
        let candidate = (fromInput[..., 2 * size..<3 * size] + r * fromHidden[..., 2 * size..<3 * size]).tanh()
        return (1 - z) * candidate + z * h
    }
}
