extension Tensor {
    /// A tensor filled with one value.
    public static func full(_ shape: [Int], _ value: Double, requiresGrad: Bool = false) -> Tensor {
        Tensor(scalars: [Double](repeating: value, count: shape.reduce(1, *)), shape: shape, requiresGrad: requiresGrad)
    }
    /// A tensor of zeros.
    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor { full(shape, 0, requiresGrad: requiresGrad) }
    /// A tensor of ones.
    public static func ones(_ shape: [Int], requiresGrad: Bool = false) -> Tensor { full(shape, 1, requiresGrad: requiresGrad) }
    /// Zeros with the shape of `other`.
    public static func zeros(like other: Tensor) -> Tensor { zeros(other.shape) }
    /// Ones with the shape of `other`.
    public static func ones(like other: Tensor) -> Tensor { ones(other.shape) }

    /// The identity matrix of size n×n.
    public static func eye(_ n: Int) -> Tensor {
        var values = [Double](repeating: 0, count: n * n)
        for i in 0..<n { values[i * n + i] = 1 }
        return Tensor(unchecked: values, [n, n])
    }

    /// Values from `start` up to (not including) `end`, `step` apart, as in `numpy.arange`.
    public static func arange(_ start: Double, _ end: Double, step: Double = 1) -> Tensor {
        let n = step == 0 ? 0 : Swift.max(0, Int(((end - start) / step).rounded(.up)))
        let values = (0..<n).map { start + Double($0) * step }
        return Tensor(unchecked: values, [values.count])
    }

    /// `count` evenly spaced values from `start` to `end`, both included.
    public static func linspace(_ start: Double, _ end: Double, count: Int) -> Tensor {
        let values = count == 1 ? [start] : (0..<Swift.max(count, 0)).map { start + (end - start) * Double($0) / Double(count - 1) }
        return Tensor(unchecked: values, [values.count])
    }

    /// One-hot rows: row i has a 1 in column `labels[i]`; a [N, classes] tensor.
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
