/// Multi-class losses: cross-entropy on logits, and negative log-likelihood on log-probabilities.
///
/// Inputs are [N, C] (N examples, C classes) or a single example [C]; `.mean` averages over examples.
extension Loss {
    /// Softmax cross-entropy: −log softmax(logits)[label], per example; gradient (softmax − onehot)/N with `.mean`.
    public static func crossEntropy(_ logits: Tensor, labels: [Int], reduction: Reduction = .mean,
                                    file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let rows = classRows("crossEntropy", logits, inputName: "logits", labels: labels, file: file, line: line)
        let perExample = -rows.logSoftmax(axis: 1, file: file, line: line).picking(columns: labels, file: file, line: line)
        return reduce(singleExample(perExample, like: logits), reduction)
    }

    /// Softmax cross-entropy with class labels stored as a tensor of whole numbers, e.g. from a data set.
    public static func crossEntropy(_ logits: Tensor, labels: Tensor, reduction: Reduction = .mean,
                                    file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        crossEntropy(logits, labels: classIndices("crossEntropy", labels, file: file, line: line),
                     reduction: reduction, file: file, line: line)
    }

    /// Cross-entropy against target distributions (one-hot rows or soft labels): −Σ targets ⊙ log softmax(logits),
    /// summed over classes; `targets` has the logits' shape.
    public static func crossEntropy(_ logits: Tensor, targets: Tensor, reduction: Reduction = .mean,
                                    file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        requireSameShape("crossEntropy", logits, targets, predictionName: "logits", targetName: "targets",
                         file: file, line: line)
        if logits.rank == 0 || logits.rank > 2 {
            EngineFailure.fail("crossEntropy", "expects logits of shape [N, C] or [C], got \(describe(logits.shape))",
                               file: file, line: line)
        }
        let perExample = -(targets * logits.logSoftmax(axis: -1, file: file, line: line)).sum(axis: -1, file: nil, line: nil)
        return reduce(perExample, reduction)
    }

    /// Negative log-likelihood: −logProbabilities[label], per example, for log-probabilities such as
    /// the output of `logSoftmax` (so `nll(x.logSoftmax(), labels: y)` equals `crossEntropy(x, labels: y)`).
    public static func nll(_ logProbabilities: Tensor, labels: [Int], reduction: Reduction = .mean,
                           file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let rows = classRows("nll", logProbabilities, inputName: "log-probabilities", labels: labels, file: file, line: line)
        let perExample = -rows.picking(columns: labels, file: file, line: line)
        return reduce(singleExample(perExample, like: logProbabilities), reduction)
    }

    /// Negative log-likelihood with class labels stored as a tensor of whole numbers.
    public static func nll(_ logProbabilities: Tensor, labels: Tensor, reduction: Reduction = .mean,
                           file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        nll(logProbabilities, labels: classIndices("nll", labels, file: file, line: line),
            reduction: reduction, file: file, line: line)
    }

    /// The input as [N, C] rows, after checking there is one in-range label per row.
    private static func classRows(_ operation: String, _ input: Tensor, inputName: String, labels: [Int],
                                  file: StaticString, line: UInt) -> Tensor {
        if input.rank == 0 || input.rank > 2 {
            EngineFailure.fail(operation, "expects \(inputName) of shape [N, C] or [C], got \(describe(input.shape))",
                               file: file, line: line)
        }
        let rows = input.rank == 1 ? input.reshaped([1, input.shape[0]], file: file, line: line) : input
        let (n, classes) = (rows.shape[0], rows.shape[1])
        if labels.count != n {
            EngineFailure.fail(operation, "\(labels.count) labels for \(inputName) of shape \(describe(input.shape)); "
                               + "one label per row is needed", file: file, line: line)
        }
        if let bad = labels.first(where: { $0 < 0 || $0 >= classes }) {
            EngineFailure.fail(operation, "label \(bad) is out of range for \(classes) classes (\(inputName) of shape "
                               + "\(describe(input.shape)); labels must be in 0..<\(classes))", file: file, line: line)
        }
        return rows
    }

    /// A single example's loss as a scalar rather than a [1] tensor.
    private static func singleExample(_ perExample: Tensor, like input: Tensor) -> Tensor {
        input.rank == 1 ? perExample.reshaped([], file: nil, line: nil) : perExample
    }

    /// Whole-number values of a label tensor as class indices.
    private static func classIndices(_ operation: String, _ labels: Tensor, file: StaticString, line: UInt) -> [Int] {
        if labels.rank > 1 {
            EngineFailure.fail(operation, "labels must be a vector of class indices, got shape \(describe(labels.shape)); "
                               + "for one-hot rows use crossEntropy(_:targets:)", file: file, line: line)
        }
        if let bad = labels.scalars.first(where: { $0 != $0.rounded() || !$0.isFinite }) {
            EngineFailure.fail(operation, "label \(bad) is not a whole number", file: file, line: line)
        }
        return labels.scalars.map { Int($0) }
    }
}
