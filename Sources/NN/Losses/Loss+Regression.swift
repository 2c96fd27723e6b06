import Foundation

/// Losses that compare a prediction with a real-valued target, element by element.
extension Loss {
    /// Mean squared error: the mean of (prediction − target)² (with `.sum`, the plain sum of squares).
    ///
    /// PyTorch: `torch.nn.functional.mse_loss`.
    public static func mse(_ prediction: Tensor, _ target: Tensor, reduction: Reduction = .mean,
                           file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        requireSameShape("mse", prediction, target, file: file, line: line)
        let difference = prediction - target
        return reduce(difference * difference, reduction)
    }

    /// The textbook ½·Σ(prediction − target)², whose gradient is just (prediction − target).
    ///
    /// Always a sum, so it takes no reduction; it equals `mse(...) · count / 2`.
    public static func halfSumSquaredError(_ prediction: Tensor, _ target: Tensor,
                                           file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        requireSameShape("halfSumSquaredError", prediction, target, file: file, line: line)
        let difference = prediction - target
        return 0.5 * (difference * difference).sum(file: nil, line: nil)
    }

    /// Mean absolute error (L1 loss): the mean of |prediction − target|; the gradient at 0 is 0.
    ///
    /// PyTorch: `torch.nn.functional.l1_loss`.
    public static func mae(_ prediction: Tensor, _ target: Tensor, reduction: Reduction = .mean,
                           file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        requireSameShape("mae", prediction, target, file: file, line: line)
        return reduce((prediction - target).abs(), reduction)
    }

    /// Smooth L1 (Huber-like) loss with PyTorch's convention: for d = prediction − target,
    /// 0.5·d²/β where |d| < β, else |d| − 0.5·β. `beta: 0` gives the L1 loss.
    ///
    /// PyTorch: `torch.nn.functional.smooth_l1_loss(prediction, target, beta=β)`.
    public static func smoothL1(_ prediction: Tensor, _ target: Tensor, beta: Double = 1,
                                reduction: Reduction = .mean,
                                file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        requireSameShape("smoothL1", prediction, target, file: file, line: line)
        if !(beta >= 0) {
            EngineFailure.fail("smoothL1", "beta must be zero or positive, got \(beta)", file: file, line: line)
        }
        let perElement = (prediction - target).unary("smoothL1", { d in
            Swift.abs(d) < beta ? 0.5 * d * d / beta : Swift.abs(d) - 0.5 * beta
        }, derivative: { d, _ in
            Swift.abs(d) < beta ? d / beta : (d > 0 ? 1 : (d < 0 ? -1 : 0))
        })
        return reduce(perElement, reduction)
    }
}

extension Loss {
    /// Huber loss: for d = prediction − target, 0.5·d² where |d| < δ, else δ·(|d| − 0.5·δ) — quadratic
    /// near 0, linear (so robust to outliers) beyond δ; gradient d inside, δ·sign(d) outside.
    ///
    /// It equals δ·`smoothL1(beta: δ)`. δ must be above 0.
    ///
    /// PyTorch: `torch.nn.functional.huber_loss(prediction, target, delta=δ)`.
    public static func huber(_ prediction: Tensor, _ target: Tensor, delta: Double = 1,
                             reduction: Reduction = .mean,
                             file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        requireSameShape("huber", prediction, target, file: file, line: line)
        if !(delta > 0) || !delta.isFinite {
            EngineFailure.fail("huber", "delta must be a positive number, got \(delta)", file: file, line: line)
        }
        let perElement = (prediction - target).unary("huber", { d in
            Swift.abs(d) < delta ? 0.5 * d * d : delta * (Swift.abs(d) - 0.5 * delta)
        }, derivative: { d, _ in
            Swift.abs(d) < delta ? d : (d > 0 ? delta : (d < 0 ? -delta : 0))
        })
        return reduce(perElement, reduction)
    }
}
