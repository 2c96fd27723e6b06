/// A residual block: H(x) = x + F(x), where F is the block's layers (He et al., 2015).
///
///     let block = Residual { Linear(64, 64); ReLU(); Linear(64, 64) }
///
/// F must keep the shape of its input. When it does not, pass a `shortcut` layer that maps x to F's
/// output shape (a projection), and the block computes shortcut(x) + F(x).
public final class Residual: Layer, LayerContainer, CustomStringConvertible {
    /// F, the layers whose output is added to the input.
    public let body: Sequential
    /// The projection applied to x on the skip path, or nil for the identity.
    public let shortcut: (any Layer)?
    public var isTraining = true
    private let site: String

    /// Creates a block from F's layers and an optional projection on the skip path.
    public init(shortcut: (any Layer)? = nil, file: StaticString = #fileID, line: UInt = #line,
                @LayerBuilder _ body: () -> [any Layer]) {
        self.body = Sequential(body())
        self.shortcut = shortcut
        site = "\(file):\(line)"
    }

    /// Creates a block from an array of F's layers.
    public init(_ layers: [any Layer], shortcut: (any Layer)? = nil, file: StaticString = #fileID, line: UInt = #line) {
        body = Sequential(layers)
        self.shortcut = shortcut
        site = "\(file):\(line)"
    }

    public var children: [any Module] { [body] + (shortcut.map { [$0] } ?? []) }

    public func forward(_ input: Tensor) -> Tensor {
        add(skip: shortcut?.forward(input) ?? input, residual: body.forward(input), input: input)
    }

    public func forward(_ input: Tensor, recorder: inout SummaryRecorder) -> Tensor {
        let residual = body.forward(input, recorder: &recorder)
        let skip = shortcut.map { recorder.run($0, input) } ?? input
        return add(skip: skip, residual: residual, input: input)
    }

    private func add(skip: Tensor, residual: Tensor, input: Tensor) -> Tensor {
        if skip.shape != residual.shape {
            let fix = shortcut == nil
                ? "F must keep the shape, or pass a projection as `shortcut:` (e.g. a Linear layer)"
                : "the shortcut maps \(describe(input.shape)) to \(describe(skip.shape)) instead"
            EngineFailure.fail("Residual", "the block (created at \(site)) maps input \(describe(input.shape)) "
                               + "to \(describe(residual.shape)), which cannot be added to \(describe(skip.shape)); \(fix)")
        }
        return skip + residual
    }

    public var description: String {
        let inner = body.description.dropFirst("Sequential".count)
        return "Residual" + inner + (shortcut.map { " + shortcut \(layerDescription($0))" } ?? "")
    }
}
