import Foundation

/// Binary cross-entropy, for one yes/no output per element, on probabilities or on logits.
extension Loss {
    /// The clamping margin of `binaryCrossEntropy`: probabilities are limited to [eps, 1 − eps].
    public static let probabilityEpsilon = 1e-12

    /// −[y·log p + (1 − y)·log(1 − p)] for probabilities `p` in [0, 1] and targets `y` in [0, 1].
    ///
    /// `p` is clamped to [1e-12, 1 − 1e-12] first (`probabilityEpsilon`), so p = 0 or 1 gives a large
    /// finite loss instead of infinity; where it is clamped the gradient is 0. Prefer
    /// `binaryCrossEntropyWithLogits` when you have the logits: it is exact and stable. `weight`, when
    /// given, multiplies each element's loss (it must broadcast to the probabilities' shape) and gets no gradient.
    ///
    /// PyTorch: `torch.nn.functional.binary_cross_entropy(p, y, weight)` (which clamps log p at −100 instead).
    public static func binaryCrossEntropy(_ probabilities: Tensor, _ targets: Tensor, weight: Tensor? = nil,
                                          reduction: Reduction = .mean,
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
        return reduce(weighted(perElement, weight, "binaryCrossEntropy", file: file, line: line), reduction)
    }

    /// Binary cross-entropy of sigmoid(z) against targets y, computed from the logits z stably as
    /// max(z, 0) − z·y + log(1 + e^−|z|); gradient σ(z) − y.
    ///
    /// `posWeight` p (broadcast to the logits' shape, typically one value per class [C]) weighs the
    /// positive term: −[p·y·log σ(z) + (1 − y)·log(1 − σ(z))], computed as
    /// (1 − y)·z + (1 + (p − 1)·y)·softplus(−z); p > 1 favours recall (e.g. #negatives/#positives),
    /// p < 1 precision. `weight` multiplies each element's loss. Neither gets a gradient.
    ///
    /// PyTorch: `torch.nn.functional.binary_cross_entropy_with_logits(z, y, weight, pos_weight=p)`.
    public static func binaryCrossEntropyWithLogits(_ logits: Tensor, _ targets: Tensor, weight: Tensor? = nil,
                                                    posWeight: Tensor? = nil, reduction: Reduction = .mean,
                                                    file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let operation = "binaryCrossEntropyWithLogits"
        requireSameShape(operation, logits, targets, predictionName: "logits", targetName: "targets", file: file, line: line)
        let z = logits.scalars, y = targets.scalars
        let pw = posWeight.map { broadcastConstant($0, to: logits.shape, name: "posWeight", operation, file: file, line: line) }
        var values = [Double](repeating: 0, count: z.count)
        for i in 0..<z.count {
            let softplusOfMinus = Foundation.log1p(Foundation.exp(-Swift.abs(z[i]))) + Swift.max(-z[i], 0)
            if let pw {
                values[i] = (1 - y[i]) * z[i] + (1 + (pw[i] - 1) * y[i]) * softplusOfMinus
            } else {
                values[i] = Swift.max(z[i], 0) - z[i] * y[i] + Foundation.log1p(Foundation.exp(-Swift.abs(z[i])))
            }
        }
        let perElement = Tensor.result(values, logits.shape, operation: operation, inputs: [logits, targets]) { g in
            var dz = [Double](repeating: 0, count: z.count), dy = dz
            let gs = g.scalars
            for i in 0..<z.count {
                let s = ActivationMath.sigmoid(z[i])
                if let pw {
                    let logWeight = 1 + (pw[i] - 1) * y[i]
                    let softplusOfMinus = Foundation.log1p(Foundation.exp(-Swift.abs(z[i]))) + Swift.max(-z[i], 0)
                    dz[i] = Tensor.chain(gs[i], (1 - y[i]) - logWeight * (1 - s))
                    dy[i] = Tensor.chain(gs[i], -z[i] + (pw[i] - 1) * softplusOfMinus)
                } else {
                    dz[i] = Tensor.chain(gs[i], s - y[i])
                    dy[i] = Tensor.chain(gs[i], -z[i])
                }
            }
            return [Tensor(unchecked: dz, g.shape), Tensor(unchecked: dy, g.shape)]
        }
        return reduce(weighted(perElement, weight, operation, file: file, line: line), reduction)
    }

    /// Per-element losses times a constant weight that broadcasts to their shape.
    private static func weighted(_ losses: Tensor, _ weight: Tensor?, _ operation: String,
                                 file: StaticString, line: UInt) -> Tensor {
        guard let weight else { return losses }
        let w = broadcastConstant(weight, to: losses.shape, name: "weight", operation, file: file, line: line)
        return losses * Tensor(unchecked: w, losses.shape)
    }

    /// The values of a constant argument broadcast to `shape`, or a trap naming both shapes.
    static func broadcastConstant(_ value: Tensor, to shape: [Int], name: String, _ operation: String,
                                  file: StaticString, line: UInt) -> [Double] {
        if Shape.broadcast(value.shape, shape) != shape {
            EngineFailure.fail(operation, "\(name) of shape \(describe(value.shape)) does not broadcast to the input's shape "
                               + "\(describe(shape))", file: file, line: line)
        }
        return value.broadcastValues(to: shape)
    }
}
