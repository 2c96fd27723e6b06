/// One recorded operation in the autograd graph: its inputs and the rule that maps the output's
/// gradient to the inputs' gradients.
final class GradNode {
    /// The operation's name, used in messages and in `Tensor.graphDescription`.
    let operation: String
    /// The tensors the operation read.
    let inputs: [Tensor]
    /// Given the gradient of the output, returns one gradient per input (nil where not needed).
    let backward: (Tensor) -> [Tensor?]

    init(operation: String, inputs: [Tensor], backward: @escaping (Tensor) -> [Tensor?]) {
        self.operation = operation
        self.inputs = inputs
        self.backward = backward
    }
}

extension Tensor {
    /// Wraps computed values as the result of an operation, recording it for autograd when needed.
    ///
    /// The backward rule sits next to each operation's forward code; it runs with grad mode off and
    /// receives the output's gradient, which has the output's shape.
    static func result(_ scalars: [Double], _ shape: [Int], operation: String, inputs: [Tensor],
                       backward: @escaping (Tensor) -> [Tensor?]) -> Tensor {
        let out = Tensor(unchecked: scalars, shape)
        if GradMode.isEnabled && inputs.contains(where: { $0.requiresGrad }) {
            out.requiresGrad = true
            out.gradNode = GradNode(operation: operation, inputs: inputs, backward: backward)
        }
        return out
    }

    /// The name of the operation that produced this tensor, or nil for a leaf.
    public var operation: String? { gradNode?.operation }
}
