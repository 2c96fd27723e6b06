extension Tensor {
    /// Computes the gradient of this tensor with respect to every leaf that requires a gradient,
    /// adding it to the leaf's `grad` (gradients accumulate across calls until `zeroGrad()`).
    ///
    /// - Parameters:
    ///   - gradient: the gradient of the final objective with respect to this tensor;
    ///     omit it for a scalar, where it is 1.
    ///   - file: the caller's file, named in the message when the tensor does not require a gradient.
    ///   - line: the caller's line, likewise.
    public func backward(_ gradient: Tensor? = nil, file: StaticString = #fileID, line: UInt = #line) {
        if !requiresGrad {
            EngineFailure.fail("backward", "tensor of shape \(describe(shape)) does not require grad; "
                               + "set requiresGrad on the inputs you differentiate", file: file, line: line)
        }
        let seed: Tensor
        if let gradient {
            if gradient.shape != shape {
                EngineFailure.fail("backward", "gradient of shape \(describe(gradient.shape)) for a tensor of shape \(describe(shape))",
                                   file: file, line: line)
            }
            seed = gradient
        } else {
            if count != 1 {
                EngineFailure.fail("backward", "tensor of shape \(describe(shape)) is not a scalar; pass the gradient explicitly",
                                   file: file, line: line)
            }
            seed = Tensor(unchecked: [1], shape)
        }
        withoutGrad {
            var pending: [ObjectIdentifier: Tensor] = [ObjectIdentifier(self): seed]
            for tensor in topologicalOrder().reversed() {
                guard let g = pending.removeValue(forKey: ObjectIdentifier(tensor)) else { continue }
                if tensor.isLeaf || tensor.keepsGrad {
                    tensor.grad = tensor.grad.map { Tensor(unchecked: zip($0.scalars, g.scalars).map(+), g.shape) }
                        ?? Tensor(unchecked: g.scalars, g.shape)
                }
                guard let node = tensor.gradNode else { continue }
                let inputGrads = node.backward(g)
                for (input, inputGrad) in zip(node.inputs, inputGrads) {
                    guard input.requiresGrad, let inputGrad else { continue }
                    let key = ObjectIdentifier(input)
                    if let existing = pending[key] {
                        pending[key] = Tensor(unchecked: zip(existing.scalars, inputGrad.scalars).map(+), input.shape)
                    } else {
                        pending[key] = inputGrad
                    }
                }
            }
        }
    }

    /// The tensors this one depends on (itself included), each after all of its inputs.
    ///
    /// Iterative, so that a graph unrolled over many time steps cannot overflow the stack.
    func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(Tensor, Bool)] = [(self, false)]
        while let (tensor, inputsDone) = stack.popLast() {
            if inputsDone { order.append(tensor); continue }
            guard visited.insert(ObjectIdentifier(tensor)).inserted else { continue }
            stack.append((tensor, true))
            for input in tensor.gradNode?.inputs ?? [] where input.requiresGrad
                && !visited.contains(ObjectIdentifier(input)) {
                stack.append((input, false))
            }
        }
        return order
    }

    /// Sets the gradient to nil, as before the first backward pass.
    public func zeroGrad() { grad = nil }

    /// Keeps this intermediate tensor's gradient after `backward()`, to inspect it (leaves always keep theirs).
    @discardableResult
    public func retainGrad() -> Tensor { keepsGrad = true; return self }

    /// A tensor with the same values that is cut from the graph: no gradient flows through it.
    public func detach() -> Tensor { Tensor(unchecked: scalars, shape) }
}
