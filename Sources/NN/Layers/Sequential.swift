/// Layers applied one after another: the output of each is the input of the next.
///
///     let model = Sequential { Linear(784, 128); ReLU(); Linear(128, 10) }
///     let logits = model(images)       // [N, 10]
///     model[0]                          // the first Linear
///
/// An empty `Sequential` returns its input unchanged.
public final class Sequential: Layer, LayerContainer, CustomStringConvertible {
    /// The layers, in the order they run.
    public private(set) var layers: [any Layer]
    public var isTraining = true

    /// Creates a model from an array of layers.
    public init(_ layers: [any Layer]) {
        self.layers = layers
    }

    /// Creates a model from a block of layers (see `LayerBuilder`).
    public convenience init(@LayerBuilder _ build: () -> [any Layer]) {
        self.init(build())
    }

    public var children: [any Module] { layers }

    /// The number of layers.
    public var count: Int { layers.count }

    /// The layer at `index`.
    public subscript(index: Int, file file: StaticString = #fileID, line line: UInt = #line) -> any Layer {
        if index < 0 || index >= layers.count {
            EngineFailure.fail("Sequential", "index \(index) is out of range for \(layers.count) layers", file: file, line: line)
        }
        return layers[index]
    }

    /// Adds a layer at the end.
    public func append(_ layer: any Layer) { layers.append(layer) }

    public func forward(_ input: Tensor) -> Tensor {
        layers.reduce(input) { x, layer in layer.forward(x) }
    }

    public func forward(_ input: Tensor, recorder: inout SummaryRecorder) -> Tensor {
        layers.reduce(input) { x, layer in recorder.run(layer, x) }
    }

    /// One line per layer, indented by depth, as PyTorch prints a model.
    public var description: String {
        if layers.isEmpty { return "Sequential()" }
        let lines = layers.enumerated().map { i, layer in
            "  (\(i)): " + layerDescription(layer).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
        }
        return "Sequential(\n" + lines.joined(separator: "\n") + "\n)"
    }
}

/// A layer's own description when it has one, otherwise its name.
func layerDescription(_ layer: any Layer) -> String {
    (layer as? CustomStringConvertible)?.description ?? layer.name
}
