import Foundation

/// Binary cross-entropy, for one yes/no output per element, on probabilities or on logits.
extension Loss {
    /// The clamping margin of `binaryCrossEntropy`: probabilities are limited to [eps, 1 − eps].
    public static let probabilityEpsilon = 1e-12

    /// −[y·log p + (1 − y)·log(1 − p)] for probabilities `p` in [0, 1] and targets `y` in [0, 1].
    ///
    /// `p` is clamped to [1e-12, 1 − 1e-12] first (`probabilityEpsilon`), so p = 0 or 1 gives a large
    /// finite loss instead of infinity; where it is clamped the gradient is 0. Prefer
    /// `binaryCrossEntropyWithLogits` when you have the logits: it is exact and stable.
    public static func binaryCrossEntropy(_ probabilities: Tensor, _ targets: Tensor, reduction: Reduction = .mean,
                                          file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        requireSameShape("binaryCrossEntropy", probabilities, targets, predictionName: "probabilities",
                         targetName: "targets", file: file, line: line)
        if let bad = probabilities.scalars.first(where: { !($0 >= 0 && $0 <= 1) }) {
            EngineFailure.fail("binaryCrossEntropy", "expects probabilities in [0, 1] but got \(bad); "
                               + "for raw scores use binaryCrossEntropyWithLogits", file: file, line: line)
        }
        let eps = probabilityEpsilon
        let p = probabilities.clamped(min: eps, max: 1 - eps)
        let perElement = -(targets * p.log() + (1 - targets) * (1 - p).log())
        return reduce(perElement, reduction)
    }

    /// Binary cross-entropy of sigmoid(z) against targets y, computed from the logits z stably as
    /// max(z, 0) − z·y + log(1 + e^−|z|) (PyTorch's `BCEWithLogitsLoss`); gradient σ(z) − y.
    public static func binaryCrossEntropyWithLogits(_ logits: Tensor, _ targets: Tensor, reduction: Reduction = .mean,
                                                    file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        requireSameShape("binaryCrossEntropyWithLogits", logits, targets, predictionName: "logits",
                         targetName: "targets", file: file, line: line)
        let z = logits.scalars, y = targets.scalars
        let values = [Double](unsafeUninitializedCapacity: z.count) { buffer, initialized in
            for i in 0..<z.count {
                buffer[i] = Swift.max(z[i], 0) - z[i] * y[i] + Foundation.log1p(Foundation.exp(-Swift.abs(z[i])))
            }
            initialized = z.count
        }
        let perElement = Tensor.result(values, logits.shape, operation: "binaryCrossEntropyWithLogits",
                                       inputs: [logits, targets]) { g in
            var dz = [Double](repeating: 0, count: z.count), dy = dz
            for i in 0..<z.count {
                dz[i] = g.scalars[i] * (ActivationMath.sigmoid(z[i]) - y[i])
                dy[i] = -g.scalars[i] * z[i]
            }
            return [Tensor(unchecked: dz, g.shape), Tensor(unchecked: dy, g.shape)]
        }
        return reduce(perElement, reduction)
    }
}
