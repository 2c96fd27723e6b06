/// Back-propagates `loss` and returns ‖∂loss/∂s‖ (the L2 norm) for each of `states`, in their order.
///
/// Used to watch gradients vanish or survive over time: pass the hidden states an `unroll`
/// returned and a loss computed from them. Each state is marked with `retainGrad()` (and its old
/// gradient cleared) before the backward pass; parameters accumulate gradients as after any
/// `backward()`. A state the loss does not depend on gets 0.
///
///     let hiddens = rnn.unroll(sequence: xs)
///     let norms = gradientNormsOverTime(hiddens, loss: hiddens.last!.sum())
public func gradientNormsOverTime(_ states: [Tensor], loss: Tensor,
                                  file: StaticString = #fileID, line: UInt = #line) -> [Double] {
    for state in states {
        state.zeroGrad()
        state.retainGrad()
    }
    loss.backward(file: file, line: line)
    return states.map { state in
        (state.grad?.scalars.reduce(0) { $0 + $1 * $1 } ?? 0).squareRoot()
    }
}
