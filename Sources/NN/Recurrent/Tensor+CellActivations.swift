import Foundation

// Stand-ins for the shared activations, used only by the recurrent cells until `Tensor.sigmoid()`,
// `Tensor.tanh()` and `Tensor.relu()` are merged; the names differ so the two cannot clash.
extension Tensor {
    /// The logistic function 1 / (1 + e^−x), computed without overflow for large |x|.
    func cellSigmoid() -> Tensor {
        unary("sigmoid", { x in
            x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x))
        }, derivative: { _, y in y * (1 - y) })
    }

    /// The hyperbolic tangent.
    func cellTanh() -> Tensor {
        unary("tanh", Foundation.tanh, derivative: { _, y in 1 - y * y })
    }

    /// max(0, x), with gradient 0 at 0.
    func cellReLU() -> Tensor {
        unary("relu", { Swift.max(0, $0) }, derivative: { x, _ in x > 0 ? 1 : 0 })
    }
}
