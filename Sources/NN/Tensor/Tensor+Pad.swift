/// How `padded` fills the border it adds.
///
/// PyTorch: the `mode` and `value` arguments of `torch.nn.functional.pad`.
public enum PaddingMode: Sendable, Equatable {
    /// A constant value (PyTorch's `mode="constant", value=v`).
    case constant(Double)
    /// The values mirrored at the edge, the edge itself not repeated: [1, 2, 3] padded by 2 on each
    /// side is [3, 2, 1, 2, 3, 2, 1]. Each width must be smaller than its axis (PyTorch's `"reflect"`).
    case reflect
    /// The edge value repeated: [1, 2, 3] → [1, 1, 1, 2, 3, 3, 3] (PyTorch's `"replicate"`).
    case replicate
    /// The values wrapped around: [1, 2, 3] → [2, 3, 1, 2, 3, 1, 2]; each width must be at most its
    /// axis (PyTorch's `"circular"`).
    case circular
}

extension Tensor {
    /// Adds a border to the last `widths.count` axes: `widths[i] = (before, after)` for each of them,
    /// first listed = outermost, e.g. `[(1, 1), (2, 2)]` on an image [N, C, H, W] adds one row above
    /// and below and two columns left and right. Axes not listed are left alone.
    ///
    /// PyTorch lists the same widths from the last axis backwards and flattened:
    /// `F.pad(x, (2, 2, 1, 1))` is `x.padded([(1, 1), (2, 2)])`. The gradient of each padded value
    /// flows back to the value it copies (nothing for constants).
    ///
    /// ```swift
    /// let x: Tensor = [1, 2, 3]
    /// x.padded([(2, 1)]).scalars                     // [0, 0, 1, 2, 3, 0]
    /// x.padded([(2, 2)], mode: .reflect).scalars     // [3, 2, 1, 2, 3, 2, 1]
    /// ```
    ///
    /// PyTorch: `torch.nn.functional.pad`.
    public func padded(_ widths: [(before: Int, after: Int)], mode: PaddingMode = .constant(0),
                       file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        func fail(_ detail: String) -> Never { EngineFailure.fail("pad", detail, file: file, line: line) }
        if widths.count > rank {
            fail("\(widths.count) (before, after) pairs for a tensor of shape \(describe(shape)) (rank \(rank))")
        }
        let first = rank - widths.count
        var perAxis: [[Int]] = []
        var outShape: [Int] = []
        for axis in 0..<rank {
            let n = shape[axis]
            let (before, after) = axis < first ? (0, 0) : widths[axis - first]
            if before < 0 || after < 0 {
                fail("widths must not be negative, got (\(before), \(after)) for axis \(axis); to crop, slice instead")
            }
            if before + after > 0 {
                switch mode {
                case .constant: break
                case .reflect where before >= n || after >= n:
                    fail("reflect padding (\(before), \(after)) must be smaller than axis \(axis) of shape \(describe(shape))")
                case .replicate where n == 0, .circular where n == 0:
                    fail("cannot pad the empty axis \(axis) of shape \(describe(shape)) with \(mode)")
                case .circular where before > n || after > n:
                    fail("circular padding (\(before), \(after)) must be at most axis \(axis) of shape \(describe(shape))")
                default: break
                }
            }
            // For each output position, the input position it copies, or -1 for the constant.
            perAxis.append((0..<(before + n + after)).map { o in
                let i = o - before
                if i >= 0 && i < n { return i }
                switch mode {
                case .constant: return -1
                case .reflect: return i < 0 ? -i : 2 * (n - 1) - i
                case .replicate: return i < 0 ? 0 : n - 1
                case .circular: return ((i % n) + n) % n
                }
            })
            outShape.append(before + n + after)
        }
        let strides = Shape.strides(shape)
        var sources = [0]
        for axis in 0..<rank {
            let step = strides[axis]
            sources = sources.flatMap { base in perAxis[axis].map { base < 0 || $0 < 0 ? -1 : base + $0 * step } }
        }
        if outShape.reduce(1, *) == 0 { sources = [] }
        let fill: Double
        if case .constant(let value) = mode { fill = value } else { fill = 0 }
        let out = sources.map { $0 < 0 ? fill : scalars[$0] }
        return .result(out, outShape, operation: "pad", inputs: [self]) { [shape, count] g in
            var grad = [Double](repeating: 0, count: count)
            let gs = g.scalars
            for (i, s) in sources.enumerated() where s >= 0 { grad[s] += gs[i] }
            return [Tensor(unchecked: grad, shape)]
        }
    }
}
