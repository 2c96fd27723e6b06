/// The loss functions, called as `Loss.mse(prediction, target)` or `Loss.crossEntropy(logits, labels: y)`.
///
/// Each loss computes one value per element (or per example) and then reduces them as `reduction`
/// says: `.mean` (the default, as in PyTorch), `.sum`, or `.none` to get the unreduced values.
/// Prediction and target must have exactly the same shape: a loss never broadcasts, because
/// comparing a [N] prediction with a [N, 1] target would silently build an N×N matrix.
public enum Loss {
    /// How per-element losses are combined.
    public enum Reduction: Sendable {
        /// The average over all elements (over all examples for the classification losses).
        case mean
        /// The sum.
        case sum
        /// No reduction: one loss per element or per example.
        case none
        /// The sum divided by the size of the first axis (the batch): the right mean for `klDivergence`.
        ///
        /// PyTorch: `reduction="batchmean"` of `kl_div`.
        case batchMean
    }

    /// Applies `reduction` to per-element losses.
    static func reduce(_ losses: Tensor, _ reduction: Reduction) -> Tensor {
        switch reduction {
        case .mean: return losses.mean(file: nil, line: nil)
        case .sum: return losses.sum(file: nil, line: nil)
        case .none: return losses
        case .batchMean: return losses.sum(file: nil, line: nil) / Double(Swift.max(losses.shape.first ?? 1, 1))
        }
    }

    /// Traps unless prediction and target have the same shape, naming both.
    static func requireSameShape(_ operation: String, _ prediction: Tensor, _ target: Tensor,
                                 predictionName: String = "prediction", targetName: String = "target",
                                 file: StaticString, line: UInt) {
        if prediction.shape != target.shape {
            EngineFailure.fail(operation, "\(predictionName) of shape \(describe(prediction.shape)) and "
                               + "\(targetName) of shape \(describe(target.shape)) must have the same shape",
                               file: file, line: line)
        }
    }
}
