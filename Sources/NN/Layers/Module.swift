/// Anything with trainable parameters and a training/evaluation mode: layers, cells, whole models.
///
/// A module lists its own parameters and its child modules; `allParameters`, `train()`, `eval()`
/// and `zeroGrad()` walk the tree, so an optimizer takes `model.allParameters`.
public protocol Module: AnyObject {
    /// The parameters this module owns directly (not those of its children).
    var parameters: [Tensor] { get }
    /// The modules this one is made of.
    var children: [any Module] { get }
    /// True while training (Dropout drops, BatchNorm uses batch statistics), false in evaluation.
    var isTraining: Bool { get set }
    /// State that is not trained but belongs to the model, such as BatchNorm's running statistics;
    /// saved and loaded with the parameters (PyTorch's buffers).
    var buffers: [Tensor] { get }
}

extension Module {
    public var parameters: [Tensor] { [] }
    public var children: [any Module] { [] }
    public var buffers: [Tensor] { [] }

    /// Every parameter of this module and its descendants, each once, in a stable order.
    public var allParameters: [Tensor] {
        var seen = Set<ObjectIdentifier>()
        var result: [Tensor] = []
        func visit(_ module: any Module) {
            for p in module.parameters where seen.insert(ObjectIdentifier(p)).inserted { result.append(p) }
            module.children.forEach(visit)
        }
        visit(self)
        return result
    }

    /// The number of trainable values.
    public var parameterCount: Int { allParameters.reduce(0) { $0 + $1.count } }

    /// Sets training mode on this module and all descendants.
    public func train(_ on: Bool = true) {
        isTraining = on
        children.forEach { $0.train(on) }
    }

    /// Sets evaluation mode on this module and all descendants.
    public func eval() { train(false) }

    /// Clears the gradients of all parameters.
    public func zeroGrad() { allParameters.forEach { $0.zeroGrad() } }
}

/// A module that maps one tensor to one tensor, so it can sit in a `Sequential`.
public protocol Layer: Module {
    /// Computes the layer's output.
    func forward(_ input: Tensor) -> Tensor
}

extension Layer {
    /// Calls `forward`, so a layer reads like a function: `y = layer(x)`.
    public func callAsFunction(_ input: Tensor) -> Tensor { forward(input) }
}
