/// A model's parameters and buffers by name, and saving them to an `.npz` file.
///
/// A tensor's name is the path of stored properties that leads to it, joined with dots, as in
/// PyTorch's `state_dict`: a model whose property `fc1` is a `Linear` has `fc1.weight` and `fc1.bias`.
/// Where a child or tensor is not held by a property of its own (the layers of a `Sequential`, say),
/// its position in `children` or `parameters` is its name: `Sequential { Linear(2, 3); ReLU(); Linear(3, 1) }`
/// has `0.weight`, `0.bias`, `2.weight`, `2.bias`. Buffers (BatchNorm's `runningMean` and
/// `runningVariance`) are included. Layouts are the engine's: `Linear.weight` is [in, out], the
/// transpose of PyTorch's.
extension Module {
    /// Every parameter and buffer of this module and its descendants, named by its path.
    ///
    /// PyTorch: `model.state_dict()`.
    public var stateDictionary: [(name: String, tensor: Tensor)] {
        var entries: [(name: String, tensor: Tensor)] = []
        // An explicit stack rather than recursion: the depth is the model's, which a note controls.
        var pending: [(prefix: String, module: any Module)] = [("", self)]
        while let (prefix, module) = pending.popLast() {
            let labels = StoredProperties(of: module)
            for (index, tensor) in module.parameters.enumerated() {
                entries.append((prefix + (labels.name(of: tensor) ?? String(index)), tensor))
            }
            for (index, tensor) in module.buffers.enumerated() {
                entries.append((prefix + (labels.name(of: tensor) ?? "buffer\(index)"), tensor))
            }
            let children = module.children.enumerated().map { index, child in
                (prefix + (labels.name(of: child) ?? String(index)) + ".", child)
            }
            pending.append(contentsOf: children.reversed())
        }
        return entries
    }

    /// Writes every parameter and buffer to an uncompressed NumPy `.npz` file, one Float64 array per
    /// name of `stateDictionary`, so a long training note can reuse its weights:
    ///
    /// ```swift
    /// if (try? model.loadParameters(from: "mnist.npz")) == nil {
    ///     train(model)
    ///     try model.saveParameters(to: "mnist.npz")
    /// }
    /// ```
    ///
    /// In Python: `np.load("mnist.npz")["0.weight"]`. Throws a `DataError` naming the file.
    /// PyTorch: `torch.save(model.state_dict(), path)`.
    public func saveParameters(to path: String) throws {
        try NPZ.write(stateDictionary, to: path)
    }

    /// Reads an `.npz` file written by `saveParameters(to:)` (or by `numpy.savez` with the same names and
    /// shapes) into this model's parameters and buffers, in place, so optimizers keep working on them.
    ///
    /// Every name must be present with its shape, and the file must hold nothing else; otherwise a
    /// `DataError` lists what is missing, unexpected or of the wrong shape, and nothing is changed.
    /// PyTorch: `model.load_state_dict(torch.load(path))` (strict).
    public func loadParameters(from path: String) throws {
        try loadStateDictionary(NPZ.read(from: path), source: path)
    }

    /// Copies named values into this model's parameters and buffers after checking that the names
    /// and shapes match `stateDictionary` exactly; `source` names the origin in errors.
    ///
    /// PyTorch: `model.load_state_dict(state_dict)`.
    public func loadStateDictionary(_ values: [(name: String, tensor: Tensor)], source: String = "<state dictionary>") throws {
        let own = stateDictionary
        var given: [String: Tensor] = [:]
        for (name, tensor) in values { given[name] = tensor }
        let ownNames = Set(own.map(\.name))
        var problems: [String] = []
        let missing = own.map(\.name).filter { given[$0] == nil }
        if !missing.isEmpty { problems.append("missing " + listed(missing)) }
        let unexpected = values.map(\.name).filter { !ownNames.contains($0) }
        if !unexpected.isEmpty { problems.append("unexpected " + listed(unexpected)) }
        let mismatched = own.compactMap { name, tensor -> String? in
            guard let value = given[name], value.shape != tensor.shape else { return nil }
            return "\(name) is \(describe(value.shape)) in the file but \(describe(tensor.shape)) in the model"
        }
        if !mismatched.isEmpty { problems.append(listed(mismatched)) }
        if !problems.isEmpty {
            throw DataError(file: source, "the parameters do not fit this model: " + problems.joined(separator: "; "))
        }
        for (name, tensor) in own { tensor.scalars = given[name]!.scalars }
    }
}

/// The first few items of a list, and how many more there are.
private func listed(_ items: [String]) -> String {
    let shown = items.prefix(5).joined(separator: ", ")
    return items.count > 5 ? "\(shown) and \(items.count - 5) more" : shown
}

/// The stored properties of an object (its class's and its superclasses'), to name the tensors and
/// modules it holds.
private struct StoredProperties {
    private var properties: [(label: String, value: Any)] = []

    init(of object: AnyObject) {
        var mirror: Mirror? = Mirror(reflecting: object)
        while let current = mirror {
            for child in current.children { if let label = child.label { properties.append((label, child.value)) } }
            mirror = current.superclassMirror
        }
    }

    /// The label of the property that holds this very tensor, if any.
    func name(of tensor: Tensor) -> String? {
        properties.first { ($0.value as? Tensor) === tensor }?.label
    }

    /// The label of the property that holds this very module, if any.
    func name(of module: any Module) -> String? {
        properties.first { ($0.value as? any Module) === module }?.label
    }
}
