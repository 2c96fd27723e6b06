/// A table of a model's layers with each one's output shape and parameter count, as `model.summary(input:)` returns it.
///
///     print(model.summary(input: [1, 784]))
///
/// Layers inside a nested container (a `Sequential` within a `Sequential`, the body of a `Residual`)
/// are listed under it, indented.
public struct ModelSummary: CustomStringConvertible {
    /// One line of the table.
    public struct Row: Equatable {
        /// How deep the layer sits inside containers (0 for the model's own layers).
        public let depth: Int
        /// The layer's name.
        public let name: String
        /// The shape of the layer's output for the summary's input.
        public let outputShape: [Int]
        /// The number of parameter values in the layer and everything inside it.
        public let parameterCount: Int
    }

    /// The shape the model was run on.
    public let inputShape: [Int]
    /// The rows, in the order the layers ran.
    public let rows: [Row]
    /// The model's output shape.
    public let outputShape: [Int]
    /// All parameter values of the model, each shared tensor counted once.
    public let totalParameters: Int
    /// The parameter values that receive gradients (`requiresGrad`).
    public let trainableParameters: Int

    public var description: String {
        let header = ("Layer", "Output shape", "Parameters")
        let cells = [("Input", describe(inputShape), "")] + rows.map { row in
            (String(repeating: "  ", count: row.depth) + row.name, describe(row.outputShape), groupedDigits(row.parameterCount))
        }
        let widths = ([header] + cells).reduce((0, 0, 0)) { w, c in
            (Swift.max(w.0, c.0.count), Swift.max(w.1, c.1.count), Swift.max(w.2, c.2.count))
        }
        func line(_ c: (String, String, String)) -> String {
            let text = c.0.padding(widths.0) + "   " + c.1.padding(widths.1) + "   "
                + String(repeating: " ", count: widths.2 - c.2.count) + c.2
            return String(text.reversed().drop(while: { $0 == " " }).reversed())
        }
        let rule = String(repeating: "=", count: widths.0 + widths.1 + widths.2 + 6)
        return ([line(header), rule] + cells.map(line) + [rule,
                 "Total parameters: \(groupedDigits(totalParameters))",
                 "Trainable parameters: \(groupedDigits(trainableParameters))"])
            .joined(separator: "\n")
    }
}

/// A layer made of other layers, which a summary opens to list each inner layer on its own row.
public protocol LayerContainer: Layer {
    /// Computes the same output as `forward(_:)`, running each inner layer through `recorder.run`.
    func forward(_ input: Tensor, recorder: inout SummaryRecorder) -> Tensor
}

/// Collects the rows of a `ModelSummary` while a model runs.
public struct SummaryRecorder {
    var rows: [ModelSummary.Row] = []
    var depth = 0

    /// Runs `layer` on `input`, adds its row (and, for a container, the rows of its layers) and returns the output.
    public mutating func run(_ layer: any Layer, _ input: Tensor) -> Tensor {
        guard let container = layer as? any LayerContainer else {
            let output = layer.forward(input)
            rows.append(.init(depth: depth, name: layer.name, outputShape: output.shape, parameterCount: layer.parameterCount))
            return output
        }
        let position = rows.count
        depth += 1
        let output = container.forward(input, recorder: &self)
        depth -= 1
        rows.insert(.init(depth: depth, name: layer.name, outputShape: output.shape, parameterCount: layer.parameterCount),
                    at: position)
        return output
    }
}

extension Layer {
    /// Runs the model once on zeros of `input` shape and tabulates every layer's output shape and parameters.
    ///
    /// The pass runs in evaluation mode and without recording gradients, so it draws no random numbers
    /// and changes no running statistics; each module's mode is restored afterwards. A top-level
    /// `Sequential` is listed by its layers; other containers get a row with their layers indented below.
    public func summary(input shape: [Int], file: StaticString = #fileID, line: UInt = #line) -> ModelSummary {
        if shape.contains(where: { $0 < 0 }) {
            EngineFailure.fail("summary", "negative size in input shape \(describe(shape))", file: file, line: line)
        }
        var modules: [any Module] = []
        func collect(_ module: any Module) { modules.append(module); module.children.forEach(collect) }
        collect(self)
        let modes = modules.map(\.isTraining)
        eval()
        defer { for (module, mode) in zip(modules, modes) { module.isTraining = mode } }

        var recorder = SummaryRecorder()
        let output = withoutGrad { () -> Tensor in
            let x = Tensor.zeros(shape)
            if let sequential = self as? Sequential { return sequential.forward(x, recorder: &recorder) }
            return recorder.run(self, x)
        }
        let parameters = allParameters
        return ModelSummary(inputShape: shape, rows: recorder.rows, outputShape: output.shape,
                            totalParameters: parameters.reduce(0) { $0 + $1.count },
                            trainableParameters: parameters.filter(\.requiresGrad).reduce(0) { $0 + $1.count })
    }
}

extension String {
    /// The string padded with spaces on the right to `width` characters.
    fileprivate func padding(_ width: Int) -> String { self + String(repeating: " ", count: Swift.max(0, width - count)) }
}

/// Formats a count with thousands separators, e.g. `109,386`, independently of the locale.
func groupedDigits(_ value: Int) -> String {
    let digits = String(Swift.abs(value))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return value < 0 ? "-" + out : out
}
