/// Multi-class losses: cross-entropy on logits, and negative log-likelihood on log-probabilities.
///
/// Inputs are [N, C] (N examples, C classes) or a single example [C]; `.mean` averages over examples.
extension Loss {
    /// Softmax cross-entropy: −log softmax(logits)[label] per example; gradient (softmax − onehot)/N with `.mean`.
    ///
    /// With PyTorch's options:
    /// - `weight`: one factor per class ([C]); example n's loss is multiplied by weight[label n], and
    ///   `.mean` divides by the sum of those factors (not by N), so a weighted mean stays a mean.
    /// - `ignoreIndex`: examples with this label count for nothing — loss 0, no gradient, and left out
    ///   of the mean's denominator (PyTorch's default is −100; here it is off unless given). If every
    ///   example is ignored, `.mean` is 0/0 = NaN, as in PyTorch.
    /// - `labelSmoothing` ε in [0, 1]: the target is (1 − ε)·onehot + ε/C, so example n's loss is
    ///   (1 − ε)·w[yₙ]·(−log pₙ,yₙ) + (ε/C)·Σ_c w[c]·(−log pₙ,c), and `.mean` still divides by Σ w[yₙ].
    ///
    /// `weight` is a constant: it gets no gradient.
    ///
    /// PyTorch: `torch.nn.functional.cross_entropy(logits, labels, weight, ignore_index, label_smoothing)`.
    public static func crossEntropy(_ logits: Tensor, labels: [Int], weight: Tensor? = nil, ignoreIndex: Int? = nil,
                                    labelSmoothing: Double = 0, reduction: Reduction = .mean,
                                    file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let rows = classRows("crossEntropy", logits, inputName: "logits", labels: labels, ignoreIndex: ignoreIndex,
                             file: file, line: line)
        let logProbabilities = rows.logSoftmax(axis: 1, file: file, line: line)
        return classLoss(logProbabilities, labels: labels, input: logits, weight: weight, ignoreIndex: ignoreIndex,
                         labelSmoothing: labelSmoothing, reduction: reduction, operation: "crossEntropy", file: file, line: line)
    }

    /// Softmax cross-entropy with class labels stored as a tensor of whole numbers, e.g. from a data set;
    /// the options are those of `crossEntropy(_:labels:…)` with an `[Int]`.
    ///
    /// PyTorch: `torch.nn.functional.cross_entropy`.
    public static func crossEntropy(_ logits: Tensor, labels: Tensor, weight: Tensor? = nil, ignoreIndex: Int? = nil,
                                    labelSmoothing: Double = 0, reduction: Reduction = .mean,
                                    file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        crossEntropy(logits, labels: classIndices("crossEntropy", labels, file: file, line: line), weight: weight,
                     ignoreIndex: ignoreIndex, labelSmoothing: labelSmoothing, reduction: reduction, file: file, line: line)
    }

    /// Cross-entropy against target distributions (one-hot rows or soft labels): −Σ_c w[c]·t[c]·log softmax(logits)[c],
    /// summed over classes; `targets` has the logits' shape.
    ///
    /// `labelSmoothing` ε replaces the targets by (1 − ε)·t + ε/C first; `weight` ([C]) scales each class.
    /// Unlike the label form, `.mean` divides by N whatever the weights (PyTorch's rule for probability
    /// targets). A target of exactly 0 contributes 0 even where the log-probability is −∞.
    ///
    /// PyTorch: `torch.nn.functional.cross_entropy(logits, probabilities, weight, label_smoothing=ε)`.
    public static func crossEntropy(_ logits: Tensor, targets: Tensor, weight: Tensor? = nil, labelSmoothing: Double = 0,
                                    reduction: Reduction = .mean,
                                    file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        requireSameShape("crossEntropy", logits, targets, predictionName: "logits", targetName: "targets",
                         file: file, line: line)
        if logits.rank == 0 || logits.rank > 2 {
            EngineFailure.fail("crossEntropy", "expects logits of shape [N, C] or [C], got \(describe(logits.shape))",
                               file: file, line: line)
        }
        let classes = logits.shape[logits.rank - 1]
        checkSmoothing("crossEntropy", labelSmoothing, file: file, line: line)
        var t = labelSmoothing > 0 ? targets * (1 - labelSmoothing) + labelSmoothing / Double(classes) : targets
        if let weight {
            checkClassWeight("crossEntropy", weight, classes: classes, file: file, line: line)
            t = t * weight.detach()
        }
        let terms = Tensor.productSkippingZeros(t, logits.logSoftmax(axis: -1, file: file, line: line))
        return reduce(-terms.sum(axis: -1, file: nil, line: nil), reduction)
    }

    /// Negative log-likelihood: −logProbabilities[label], per example, for log-probabilities such as
    /// the output of `logSoftmax` (so `nll(x.logSoftmax(), labels: y)` equals `crossEntropy(x, labels: y)`);
    /// `weight` and `ignoreIndex` as in `crossEntropy`.
    ///
    /// PyTorch: `torch.nn.functional.nll_loss(input, target, weight, ignore_index)`.
    public static func nll(_ logProbabilities: Tensor, labels: [Int], weight: Tensor? = nil, ignoreIndex: Int? = nil,
                           reduction: Reduction = .mean,
                           file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let rows = classRows("nll", logProbabilities, inputName: "log-probabilities", labels: labels,
                             ignoreIndex: ignoreIndex, file: file, line: line)
        return classLoss(rows, labels: labels, input: logProbabilities, weight: weight, ignoreIndex: ignoreIndex,
                         labelSmoothing: 0, reduction: reduction, operation: "nll", file: file, line: line)
    }

    /// Negative log-likelihood with class labels stored as a tensor of whole numbers.
    ///
    /// PyTorch: `torch.nn.functional.nll_loss`.
    public static func nll(_ logProbabilities: Tensor, labels: Tensor, weight: Tensor? = nil, ignoreIndex: Int? = nil,
                           reduction: Reduction = .mean,
                           file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        nll(logProbabilities, labels: classIndices("nll", labels, file: file, line: line), weight: weight,
            ignoreIndex: ignoreIndex, reduction: reduction, file: file, line: line)
    }

    /// The input as [N, C] rows, after checking there is one in-range (or ignored) label per row.
    private static func classRows(_ operation: String, _ input: Tensor, inputName: String, labels: [Int],
                                  ignoreIndex: Int?, file: StaticString, line: UInt) -> Tensor {
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
        if let bad = labels.first(where: { ($0 < 0 || $0 >= classes) && $0 != ignoreIndex }) {
            EngineFailure.fail(operation, "label \(bad) is out of range for \(classes) classes (\(inputName) of shape "
                               + "\(describe(input.shape)); labels must be in 0..<\(classes)"
                               + (ignoreIndex.map { " or be the ignoreIndex \($0)" } ?? "") + ")", file: file, line: line)
        }
        return rows
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
