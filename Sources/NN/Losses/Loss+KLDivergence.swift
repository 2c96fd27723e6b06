import Foundation

extension Loss {
    /// Kullback–Leibler divergence KL(target ‖ input) with PyTorch's convention: `logProbabilities` are
    /// log q (e.g. from `logSoftmax`), `target` is p as probabilities (or log p with `logTarget: true`),
    /// and each element contributes p·(log p − log q).
    ///
    /// The default reduction is `.batchMean` — the sum divided by the batch size N, which is the
    /// divergence averaged over examples. (PyTorch's default `"mean"` divides by every element, N·C,
    /// which is not a KL divergence; PyTorch warns about it.) A target of exactly 0 (log-target −∞)
    /// contributes 0, even where log q is −∞. Gradients: −p for the input; log p + 1 − log q for the target (0 where
    /// p = 0); with `logTarget`, p·(log p − log q + 1) for the log-target.
    ///
    /// ```swift
    /// let logQ = logits.logSoftmax()
    /// Loss.klDivergence(logQ, targetProbabilities)     // Σ p (log p − log q) / N
    /// ```
    ///
    /// PyTorch: `torch.nn.functional.kl_div(input, target, reduction="batchmean", log_target=False)`.
    public static func klDivergence(_ logProbabilities: Tensor, _ target: Tensor, logTarget: Bool = false,
                                    reduction: Reduction = .batchMean,
                                    file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        requireSameShape("klDivergence", logProbabilities, target, predictionName: "log-probabilities",
                         targetName: "target", file: file, line: line)
        let x = logProbabilities.scalars, t = target.scalars
        var values = [Double](repeating: 0, count: x.count)
        for i in 0..<x.count {
            if logTarget {
                let p = Foundation.exp(t[i])
                values[i] = p == 0 ? 0 : p * (t[i] - x[i])
            } else {
                values[i] = t[i] == 0 ? 0 : t[i] * (Foundation.log(t[i]) - x[i])
            }
        }
        let perElement = Tensor.result(values, target.shape, operation: "klDivergence",
                                       inputs: [logProbabilities, target]) { g in
            var dx = [Double](repeating: 0, count: x.count), dt = dx
            let gs = g.scalars
            for i in 0..<x.count {
                if logTarget {
                    let p = Foundation.exp(t[i])
                    dx[i] = Tensor.chain(gs[i], -p)
                    dt[i] = p == 0 ? 0 : Tensor.chain(gs[i], p * (t[i] - x[i] + 1))
                } else {
                    dx[i] = Tensor.chain(gs[i], -t[i])
                    dt[i] = t[i] == 0 ? 0 : Tensor.chain(gs[i], Foundation.log(t[i]) + 1 - x[i])
                }
            }
            return [Tensor(unchecked: dx, g.shape), Tensor(unchecked: dt, g.shape)]
        }
        return reduce(perElement, reduction)
    }
}
