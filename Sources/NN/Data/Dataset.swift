/// Examples for training or evaluation: a features tensor whose first axis counts the examples,
/// with either class labels (classification) or a targets tensor (regression).
///
///     let data = Dataset(features: x, labels: [0, 1, 1, 0])      // x: [4, 2]
///     let fit = Dataset(features: x, targets: y)                 // y: [4] or [4, k]
///
/// A mini-batch from a `DataLoader` is a `Dataset` too: `batch.features`, `batch.labels`.
public struct Dataset {
    /// The inputs, shape [N, …].
    public let features: Tensor
    /// What each example should be mapped to.
    public let supervision: Supervision

    /// The kind of targets a data set has.
    public enum Supervision {
        /// One class index per example (0-based).
        case labels([Int])
        /// A tensor whose first axis has one entry per example.
        case values(Tensor)
    }

    /// A classification data set; `labels.count` must equal the first size of `features`.
    public init(features: Tensor, labels: [Int], file: StaticString = #fileID, line: UInt = #line) {
        Dataset.checkExamples(features, labels.count, "labels", file: file, line: line)
        if let bad = labels.first(where: { $0 < 0 }) {
            EngineFailure.fail("Dataset", "label \(bad) is negative; class labels count from 0", file: file, line: line)
        }
        self.features = features
        self.supervision = .labels(labels)
    }

    /// A regression data set; the first sizes of `features` and `targets` must agree.
    public init(features: Tensor, targets: Tensor, file: StaticString = #fileID, line: UInt = #line) {
        Dataset.checkExamples(features, targets.shape.first ?? -1,
                              "targets of shape \(describe(targets.shape))", file: file, line: line)
        self.features = features
        self.supervision = .values(targets)
    }

    private static func checkExamples(_ features: Tensor, _ count: Int, _ what: String,
                                      file: StaticString, line: UInt) {
        if features.rank == 0 {
            EngineFailure.fail("Dataset", "features must have an examples axis; got a scalar", file: file, line: line)
        }
        if features.shape[0] != count {
            EngineFailure.fail("Dataset", "features of shape \(describe(features.shape)) hold \(features.shape[0]) examples "
                               + "but \(what) hold \(count)", file: file, line: line)
        }
    }

    /// The number of examples.
    public var count: Int { features.shape[0] }

    /// The class labels; traps, naming the problem, for a regression data set.
    public var labels: [Int] {
        guard case .labels(let labels) = supervision else {
            EngineFailure.fail("Dataset.labels", "this data set has tensor targets of shape "
                               + "\(describe(targets.shape)), not class labels; use .targets")
        }
        return labels
    }

    /// Whether the data set has class labels (rather than tensor targets).
    public var hasLabels: Bool {
        if case .labels = supervision { return true }
        return false
    }

    /// The targets as a tensor: the regression targets, or the class labels as a [N] tensor of Doubles.
    public var targets: Tensor {
        switch supervision {
        case .labels(let labels): return Tensor(unchecked: labels.map(Double.init), [labels.count])
        case .values(let values): return values
        }
    }

    /// The number of classes (largest label + 1), or 0 for a regression data set.
    public var classCount: Int { hasLabels ? (labels.max() ?? -1) + 1 : 0 }

    /// The examples at `indices`, in that order (a copy; not recorded for autograd).
    public func subset(_ indices: [Int], file: StaticString = #fileID, line: UInt = #line) -> Dataset {
        let x = Dataset.rows(features, indices, file: file, line: line)
        switch supervision {
        case .labels(let labels): return Dataset(features: x, labels: indices.map { labels[$0] })
        case .values(let values): return Dataset(features: x, targets: Dataset.rows(values, indices, file: file, line: line))
        }
    }

    /// The same examples with new features (e.g. standardized or reshaped), keeping the targets.
    public func withFeatures(_ newFeatures: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Dataset {
        switch supervision {
        case .labels(let labels): return Dataset(features: newFeatures, labels: labels, file: file, line: line)
        case .values(let values): return Dataset(features: newFeatures, targets: values, file: file, line: line)
        }
    }

    /// Copies the entries of `tensor` along its first axis at `indices`, without recording autograd.
    static func rows(_ tensor: Tensor, _ indices: [Int], file: StaticString, line: UInt) -> Tensor {
        let n = tensor.shape[0]
        if let bad = indices.first(where: { $0 < 0 || $0 >= n }) {
            EngineFailure.fail("Dataset", "example index \(bad) is out of range for \(n) examples", file: file, line: line)
        }
        let width = tensor.shape.dropFirst().reduce(1, *)
        let values = [Double](unsafeUninitializedCapacity: indices.count * width) { out, filled in
            tensor.scalars.withUnsafeBufferPointer { source in
                for (k, i) in indices.enumerated() {
                    for j in 0..<width { out[k * width + j] = source[i * width + j] }
                }
            }
            filled = indices.count * width
        }
        return Tensor(unchecked: values, [indices.count] + tensor.shape.dropFirst())
    }
}
