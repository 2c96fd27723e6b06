/// The weighted, smoothed negative log-likelihood behind `crossEntropy` and `nll`, as one operation
/// with its own backward rule.
extension Loss {
    /// Per example n (not ignored): (1 − ε)·w[yₙ]·(−lpₙ,yₙ) + (ε/C)·Σ_c w[c]·(−lpₙ,c); ignored examples
    /// give 0 and no gradient. `.mean` divides the sum by Σ w[yₙ] over the examples not ignored.
    static func classLoss(_ logProbabilities: Tensor, labels: [Int], input: Tensor, weight: Tensor?, ignoreIndex: Int?,
                          labelSmoothing: Double, reduction: Reduction, operation: String,
                          file: StaticString, line: UInt) -> Tensor {
        let (n, classes) = (logProbabilities.shape[0], logProbabilities.shape[1])
        checkSmoothing(operation, labelSmoothing, file: file, line: line)
        if let weight { checkClassWeight(operation, weight, classes: classes, file: file, line: line) }
        let w = weight?.scalars ?? [Double](repeating: 1, count: classes)
        let keep = labels.map { $0 != ignoreIndex }
        let eps = labelSmoothing, share = labelSmoothing / Double(classes)
        let lp = logProbabilities.scalars
        var losses = [Double](repeating: 0, count: n)
        var denominator = 0.0
        for row in 0..<n where keep[row] {
            let y = labels[row]
            denominator += w[y]
            var loss = (1 - eps) * w[y] * -lp[row * classes + y]
            if eps > 0 {
                var smooth = 0.0
                for c in 0..<classes { smooth += w[c] * -lp[row * classes + c] }
                loss += share * smooth
            }
            losses[row] = loss
        }
        let perExample = Tensor.result(losses, [n], operation: operation, inputs: [logProbabilities]) { g in
            var grad = [Double](repeating: 0, count: n * classes)
            let gs = g.scalars
            for row in 0..<n where keep[row] && gs[row] != 0 {
                let gr = gs[row]
                if eps > 0 {
                    for c in 0..<classes { grad[row * classes + c] = -gr * share * w[c] }
                }
                grad[row * classes + labels[row]] -= gr * (1 - eps) * w[labels[row]]
            }
            return [Tensor(unchecked: grad, [n, classes])]
        }
        switch reduction {
        case .mean: return perExample.sum(file: nil, line: nil) / denominator
        case .none where input.rank == 1: return perExample.reshaped([], file: nil, line: nil)
        default: return reduce(perExample, reduction)
        }
    }

    /// Traps unless ε lies in [0, 1].
    static func checkSmoothing(_ operation: String, _ labelSmoothing: Double, file: StaticString, line: UInt) {
        if !(labelSmoothing >= 0 && labelSmoothing <= 1) {
            EngineFailure.fail(operation, "labelSmoothing must be in [0, 1], got \(labelSmoothing)", file: file, line: line)
        }
    }

    /// Traps unless the class weights are a [C] vector.
    static func checkClassWeight(_ operation: String, _ weight: Tensor, classes: Int, file: StaticString, line: UInt) {
        if weight.shape != [classes] {
            EngineFailure.fail(operation, "weight must have one value per class, shape [\(classes)], got \(describe(weight.shape))",
                               file: file, line: line)
        }
    }
}

extension Tensor {
    /// `weights ⊙ values` where a weight of exactly 0 gives 0 even against ±∞ or NaN, as in `torch.xlogy`;
    /// both tensors have one shape. The weights' gradient is 0 where they are 0.
    static func productSkippingZeros(_ weights: Tensor, _ values: Tensor) -> Tensor {
        let w = weights.scalars, v = values.scalars
        let out = zip(w, v).map { $0 == 0 ? 0 : $0 * $1 }
        return .result(out, values.shape, operation: "multiply", inputs: [weights, values]) { g in
            let gs = g.scalars
            return [Tensor(unchecked: (0..<w.count).map { w[$0] == 0 ? 0 : Tensor.chain(gs[$0], v[$0]) }, g.shape),
                    Tensor(unchecked: (0..<w.count).map { Tensor.chain(gs[$0], w[$0]) }, g.shape)]
        }
    }
}
