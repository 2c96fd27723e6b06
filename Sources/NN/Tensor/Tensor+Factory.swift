extension Tensor {
    /// A tensor filled with one value.
    ///
    /// PyTorch: `torch.full`.
    public static func full(_ shape: [Int], _ value: Double, requiresGrad: Bool = false) -> Tensor {
        Tensor(scalars: [Double](repeating: value, count: shape.reduce(1, *)), shape: shape, requiresGrad: requiresGrad)
    }
    /// A tensor of zeros.
    ///
    /// PyTorch: `torch.zeros`.
    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor { full(shape, 0, requiresGrad: requiresGrad) }
    /// A tensor of ones.
    ///
    /// PyTorch: `torch.ones`.
    public static func ones(_ shape: [Int], requiresGrad: Bool = false) -> Tensor { full(shape, 1, requiresGrad: requiresGrad) }
    /// Zeros with the shape of `other`.
    ///
    /// PyTorch: `torch.zeros_like`.
    public static func zeros(like other: Tensor, requiresGrad: Bool = false) -> Tensor {
        zeros(other.shape, requiresGrad: requiresGrad)
    }
    /// Ones with the shape of `other`.
    ///
    /// PyTorch: `torch.ones_like`.
    public static func ones(like other: Tensor, requiresGrad: Bool = false) -> Tensor {
        ones(other.shape, requiresGrad: requiresGrad)
    }
    /// `value` everywhere, with the shape of `other`.
    ///
    /// PyTorch: `torch.full_like`.
    public static func full(like other: Tensor, value: Double, requiresGrad: Bool = false) -> Tensor {
        full(other.shape, value, requiresGrad: requiresGrad)
    }

    /// The identity matrix of size n×n.
    ///
    /// PyTorch: `torch.eye`.
    public static func eye(_ n: Int) -> Tensor {
        var values = [Double](repeating: 0, count: n * n)
        for i in 0..<n { values[i * n + i] = 1 }
        return Tensor(unchecked: values, [n, n])
    }

    /// Values from `start` up to (not including) `end`, `step` apart, as in `numpy.arange`.
    ///
    /// PyTorch: `torch.arange(start, end, step)`.
    public static func arange(_ start: Double, _ end: Double, step: Double = 1) -> Tensor {
        let n = step == 0 ? 0 : Swift.max(0, Int(((end - start) / step).rounded(.up)))
        let values = (0..<n).map { start + Double($0) * step }
        return Tensor(unchecked: values, [values.count])
    }

    /// Whole numbers from `start` up to (not including) `end`, `step` apart: `arange(2, 8, step: 2)`
    /// is [2, 4, 6].
    ///
    /// PyTorch: `torch.arange(start, end, step)`.
    public static func arange(_ start: Int, _ end: Int, step: Int = 1) -> Tensor {
        arange(Double(start), Double(end), step: Double(step))
    }

    /// 0, 1, 2, … up to (not including) `end`: `arange(4)` is [0, 1, 2, 3].
    ///
    /// PyTorch: `torch.arange(end)`.
    public static func arange(_ end: Int) -> Tensor { arange(0, Double(end)) }

    /// 0, 1, 2, … below `end`: `arange(2.5)` is [0, 1, 2].
    ///
    /// PyTorch: `torch.arange(end)`.
    public static func arange(_ end: Double) -> Tensor { arange(0, end) }

    /// `count` evenly spaced values from `start` to `end`, both included.
    ///
    /// PyTorch: `torch.linspace`.
    public static func linspace(_ start: Double, _ end: Double, count: Int) -> Tensor {
        let values = count == 1 ? [start] : (0..<Swift.max(count, 0)).map { start + (end - start) * Double($0) / Double(count - 1) }
        return Tensor(unchecked: values, [values.count])
    }

    /// One-hot rows: row i has a 1 in column `labels[i]`; a [N, classes] tensor.
    ///
    /// PyTorch: `torch.nn.functional.one_hot` (as Float64 values).
    public static func oneHot(_ labels: [Int], classes: Int, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        var values = [Double](repeating: 0, count: labels.count * classes)
        for (i, label) in labels.enumerated() {
            if label < 0 || label >= classes {
                EngineFailure.fail("oneHot", "label \(label) is out of range for \(classes) classes", file: file, line: line)
            }
            values[i * classes + label] = 1
        }
        return Tensor(unchecked: values, [labels.count, classes])
    }
}
