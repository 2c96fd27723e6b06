/// An n-dimensional array of Float64 values that records the operations made on it for autograd.
///
/// Values are stored contiguously in row-major order. A tensor of shape `[]` is a scalar.
/// Operations return new tensors; when any input `requiresGrad` (and grad mode is on), the result
/// remembers how it was made, so `backward()` can send gradients back to the leaves.
public final class Tensor {
    /// The values, row-major. Optimizers update parameters in place through it.
    public var scalars: [Double]
    /// The size along each axis.
    public let shape: [Int]
    /// Whether gradients should flow to this tensor; set it on parameters and inputs you differentiate.
    public var requiresGrad: Bool
    /// The accumulated gradient after `backward()`, with the same shape as the tensor.
    public var grad: Tensor?
    /// How this tensor was computed, if it was computed from tensors that require gradients.
    var gradNode: GradNode?
    /// Whether a non-leaf tensor keeps its gradient after `backward()` (see `retainGrad()`).
    var keepsGrad = false

    /// Creates a tensor from row-major values and a shape.
    public init(scalars: [Double], shape: [Int], requiresGrad: Bool = false,
                file: StaticString = #fileID, line: UInt = #line) {
        if shape.contains(where: { $0 < 0 }) {
            EngineFailure.fail("Tensor", "negative size in shape \(describe(shape))", file: file, line: line)
        }
        let count = shape.reduce(1, *)
        if count != scalars.count {
            EngineFailure.fail("Tensor", "\(scalars.count) values do not fill shape \(describe(shape)) (\(count) needed)",
                               file: file, line: line)
        }
        self.scalars = scalars
        self.shape = shape
        self.requiresGrad = requiresGrad
    }

    /// Creates a scalar tensor.
    public convenience init(_ value: Double, requiresGrad: Bool = false) {
        self.init(scalars: [value], shape: [], requiresGrad: requiresGrad)
    }

    deinit {
        // Frees the graph behind this tensor iteratively, not by nested releases (see GraphRelease).
        GraphRelease.freeNode(of: self)
    }

    /// Internal initialiser that skips validation; callers guarantee `scalars.count == product(shape)`.
    init(unchecked scalars: [Double], _ shape: [Int]) {
        self.scalars = scalars
        self.shape = shape
        self.requiresGrad = false
    }

    /// The number of axes.
    public var rank: Int { shape.count }
    /// The number of values.
    public var count: Int { scalars.count }
    /// Whether the tensor was created directly rather than computed (parameters and inputs are leaves).
    public var isLeaf: Bool { gradNode == nil }

    /// The single value of a tensor with one element.
    public func item(file: StaticString = #fileID, line: UInt = #line) -> Double {
        if scalars.count != 1 {
            EngineFailure.fail("item", "tensor of shape \(describe(shape)) has \(scalars.count) values, not 1",
                               file: file, line: line)
        }
        return scalars[0]
    }
}
