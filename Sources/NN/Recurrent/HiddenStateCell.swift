/// A recurrent cell whose state is one hidden tensor (`RNNCell`, `GRUCell`); calling it and unrolling
/// it over a sequence both come from its `forward`.
public protocol HiddenStateCell: Module {
    /// One step: the next hidden state [N, hiddenSize] from input [N, inputSize] and the hidden state
    /// (zeros when nil).
    func forward(_ input: Tensor, _ hidden: Tensor?, file: StaticString, line: UInt) -> Tensor
}

extension HiddenStateCell {
    /// One step, written as a call: `h = cell(x, h)`.
    public func callAsFunction(_ input: Tensor, _ hidden: Tensor? = nil,
                               file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        forward(input, hidden, file: file, line: line)
    }

    /// Runs the cell over a sequence of [N, inputSize] inputs and returns the hidden state after
    /// every step, h₁ … h_T; `initial` is h₀ (zeros when nil).
    ///
    /// The states stay connected in one graph, so `backward()` from a loss on them is
    /// back-propagation through time.
    public func unroll(sequence: [Tensor], initial: Tensor? = nil,
                       file: StaticString = #fileID, line: UInt = #line) -> [Tensor] {
        var h = initial
        return sequence.map { x in
            let next = forward(x, h, file: file, line: line)
            h = next
            return next
        }
    }
}
