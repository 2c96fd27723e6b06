/// Cuts the learning rate by `factor` when a metric has stopped improving for more than `patience` epochs.
///
/// Call `step(metric)` once per epoch with the validation loss (or, with `mode: .maximize`, an accuracy).
/// A value improves on the best so far when it beats it by more than `threshold` — relatively
/// (best·(1 ∓ threshold), the default) or absolutely (best ∓ threshold). After more than `patience`
/// epochs without improvement the rate becomes max(lr·factor, minLearningRate) (changes smaller than
/// `epsilon` are skipped), and the next `cooldown` epochs are not counted. A NaN metric never improves.
///
/// ```swift
/// let plateau = ReduceLROnPlateau(optimizer, patience: 3)
/// for epoch in 0..<50 { train(); plateau.step(validationLoss()) }
/// ```
///
/// PyTorch: `torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode="min", factor=0.1, patience=10,
/// threshold=1e-4, threshold_mode="rel", cooldown=0, min_lr=0, eps=1e-8)`.
public final class ReduceLROnPlateau {
    /// Whether smaller metric values are better (a loss) or larger ones (an accuracy).
    public typealias Mode = EarlyStopping.Mode
    /// Whether `threshold` is a fraction of the best value or an absolute amount.
    public enum ThresholdMode: Sendable { case relative, absolute }

    /// The optimizer whose rate is cut.
    public let optimizer: any Optimizer
    /// Whether the metric should go down or up.
    public let mode: Mode
    /// The factor the rate is multiplied by at each cut, in [0, 1).
    public let factor: Double
    /// How many epochs without improvement are tolerated before a cut.
    public let patience: Int
    /// How much better than the best a value must be to count as an improvement.
    public let threshold: Double
    /// Whether `threshold` is relative or absolute.
    public let thresholdMode: ThresholdMode
    /// How many epochs after a cut are not counted.
    public let cooldown: Int
    /// The rate never goes below this.
    public let minLearningRate: Double
    /// Cuts smaller than this are skipped.
    public let epsilon: Double
    /// The best metric so far (±∞ before the first step).
    public private(set) var best: Double
    /// Epochs in a row without improvement.
    public private(set) var epochsWithoutImprovement = 0
    /// Epochs of cooldown left.
    public private(set) var cooldownLeft = 0
    /// How many times `step` was called.
    public private(set) var epoch = 0

    /// Creates the scheduler with PyTorch's defaults.
    public init(_ optimizer: any Optimizer, mode: Mode = .minimize, factor: Double = 0.1, patience: Int = 10,
                threshold: Double = 1e-4, thresholdMode: ThresholdMode = .relative, cooldown: Int = 0,
                minLearningRate: Double = 0, epsilon: Double = 1e-8,
                file: StaticString = #fileID, line: UInt = #line) {
        if !(factor >= 0 && factor < 1) || patience < 0 || cooldown < 0 || !(threshold >= 0)
            || !(minLearningRate >= 0) || !(epsilon >= 0) {
            EngineFailure.fail("ReduceLROnPlateau", "needs 0 ≤ factor < 1, patience and cooldown ≥ 0 and non-negative "
                               + "threshold, minLearningRate and epsilon; got factor \(factor), patience \(patience), "
                               + "cooldown \(cooldown), threshold \(threshold)", file: file, line: line)
        }
        self.optimizer = optimizer
        self.mode = mode
        self.factor = factor
        self.patience = patience
        self.threshold = threshold
        self.thresholdMode = thresholdMode
        self.cooldown = cooldown
        self.minLearningRate = minLearningRate
        self.epsilon = epsilon
        self.best = mode == .minimize ? .infinity : -.infinity
    }

    /// Records this epoch's metric; returns true when the rate was cut.
    @discardableResult
    public func step(_ metric: Double) -> Bool {
        epoch += 1
        if isImprovement(metric) {
            best = metric
            epochsWithoutImprovement = 0
        } else {
            epochsWithoutImprovement += 1
        }
        if cooldownLeft > 0 {
            cooldownLeft -= 1
            epochsWithoutImprovement = 0
        }
        guard epochsWithoutImprovement > patience else { return false }
        cooldownLeft = cooldown
        epochsWithoutImprovement = 0
        let old = optimizer.learningRate
        let new = Swift.max(old * factor, minLearningRate)
        guard old - new > epsilon else { return false }
        optimizer.learningRate = new
        return true
    }

    private func isImprovement(_ metric: Double) -> Bool {
        switch (mode, thresholdMode) {
        case (.minimize, .relative): return metric < best * (1 - threshold)
        case (.minimize, .absolute): return metric < best - threshold
        case (.maximize, .relative): return metric > best * (1 + threshold)
        case (.maximize, .absolute): return metric > best + threshold
        }
    }
}
