/// Watches a validation metric once per epoch and says when it has stopped improving.
///
/// `update(_:)` returns true once the metric has gone `patience` epochs in a row without improving on
/// the best value by more than `minDelta` (the rule of Keras' and Lightning's `EarlyStopping`). A value
/// that is NaN or infinite never counts as an improvement. Pass the parameters to `update(_:parameters:)`
/// to keep a copy of their values at the best epoch, and `restoreBest(into:)` to put them back.
///
///     let stopper = EarlyStopping(patience: 5)
///     for epoch in 0..<100 {
///         train(); if stopper.update(validationLoss(), parameters: model.allParameters) { break }
///     }
///     stopper.restoreBest(into: model.allParameters)
public final class EarlyStopping {
    /// Whether smaller metric values are better (a loss) or larger ones (an accuracy).
    public enum Mode: Sendable { case minimize, maximize }

    /// How many epochs without improvement are tolerated before stopping.
    public let patience: Int
    /// The smallest change from the best value that counts as an improvement.
    public let minDelta: Double
    /// Whether the metric should go down or up.
    public let mode: Mode
    /// The best value seen so far (nil before the first update).
    public private(set) var bestValue: Double?
    /// The epoch (0-based count of updates) of the best value, or nil before the first update.
    public private(set) var bestEpoch: Int?
    /// How many updates in a row have not improved on the best value.
    public private(set) var epochsWithoutImprovement = 0
    /// How many updates have been made (the epoch the next update describes).
    public private(set) var epoch = 0
    /// The parameters' values at the best epoch, when `update(_:parameters:)` was used.
    public private(set) var snapshot: [[Double]]?

    /// Creates the watcher; `patience` must be at least 1.
    public init(patience: Int, minDelta: Double = 0, mode: Mode = .minimize,
                file: StaticString = #fileID, line: UInt = #line) {
        if patience < 1 {
            EngineFailure.fail("EarlyStopping", "patience \(patience) must be at least 1", file: file, line: line)
        }
        if !(minDelta >= 0 && minDelta.isFinite) {
            EngineFailure.fail("EarlyStopping", "minDelta \(minDelta) must be finite and not negative", file: file, line: line)
        }
        self.patience = patience
        self.minDelta = minDelta
        self.mode = mode
    }

    /// Whether the last update asked to stop.
    public var shouldStop: Bool { epochsWithoutImprovement >= patience }

    /// Records this epoch's metric; returns true when training should stop.
    @discardableResult
    public func update(_ metric: Double) -> Bool {
        if isImprovement(metric) {
            bestValue = metric
            bestEpoch = epoch
            epochsWithoutImprovement = 0
        } else {
            epochsWithoutImprovement += 1
        }
        epoch += 1
        return shouldStop
    }

    /// Records this epoch's metric and, when it is the best so far, copies the parameters' values.
    @discardableResult
    public func update(_ metric: Double, parameters: [Tensor]) -> Bool {
        let stop = update(metric)
        if epochsWithoutImprovement == 0 { snapshot = parameters.map(\.scalars) }
        return stop
    }

    /// Copies the values kept at the best epoch back into `parameters` (the same tensors, in the same order).
    public func restoreBest(into parameters: [Tensor], file: StaticString = #fileID, line: UInt = #line) {
        guard let snapshot else {
            EngineFailure.fail("EarlyStopping.restoreBest", "no snapshot was kept; pass the parameters to update(_:parameters:)",
                               file: file, line: line)
        }
        if snapshot.count != parameters.count {
            EngineFailure.fail("EarlyStopping.restoreBest", "the snapshot holds \(snapshot.count) parameters, "
                               + "but \(parameters.count) were given", file: file, line: line)
        }
        for (index, (values, parameter)) in zip(snapshot, parameters).enumerated() where values.count != parameter.count {
            EngineFailure.fail("EarlyStopping.restoreBest", "parameter \(index) has shape \(describe(parameter.shape)) "
                               + "but its snapshot has \(values.count) values", file: file, line: line)
        }
        for (values, parameter) in zip(snapshot, parameters) { parameter.scalars = values }
    }

    /// Forgets everything, to watch a new training run.
    public func reset() {
        bestValue = nil
        bestEpoch = nil
        epochsWithoutImprovement = 0
        epoch = 0
        snapshot = nil
    }

    private func isImprovement(_ metric: Double) -> Bool {
        guard metric.isFinite else { return false }
        guard let best = bestValue else { return true }
        switch mode {
        case .minimize: return metric < best - minDelta
        case .maximize: return metric > best + minDelta
        }
    }
}
