/// Linear warm-up (or decay): the rate moves in a straight line from base·startFactor to
/// base·endFactor over `totalIters` epochs, then stays: lr(t) = base·(s + (e − s)·min(t, T)/T).
///
/// The usual warm-up is `LinearLR(optimizer, startFactor: 0.01, totalIters: 5)`, often followed by a
/// decay through `SequentialLR`. Attaching an optimizer sets its rate to base·startFactor at once.
///
/// PyTorch: `torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=1/3, end_factor=1.0, total_iters=5)`.
public final class LinearLR: LearningRateSchedule {
    public let optimizer: (any Optimizer)?
    public var epoch = 0
    /// The rate the factors multiply.
    public let baseLearningRate: Double
    /// The factor at epoch 0, in (0, 1].
    public let startFactor: Double
    /// The factor from epoch `totalIters` on, in [0, 1].
    public let endFactor: Double
    /// The number of epochs the change takes.
    public let totalIters: Int

    /// Creates the schedule without an optimizer, to compute or chart its values (or to chain it).
    public convenience init(baseLearningRate: Double, startFactor: Double = 1.0 / 3, endFactor: Double = 1,
                            totalIters: Int = 5, file: StaticString = #fileID, line: UInt = #line) {
        self.init(nil, baseLearningRate, startFactor, endFactor, totalIters, file, line)
    }

    /// Creates the schedule for an optimizer, whose current rate is the base; its rate becomes
    /// base·startFactor at once.
    public convenience init(_ optimizer: any Optimizer, startFactor: Double = 1.0 / 3, endFactor: Double = 1,
                            totalIters: Int = 5, file: StaticString = #fileID, line: UInt = #line) {
        self.init(optimizer, optimizer.learningRate, startFactor, endFactor, totalIters, file, line)
    }

    private init(_ optimizer: (any Optimizer)?, _ base: Double, _ start: Double, _ end: Double, _ total: Int,
                 _ file: StaticString, _ line: UInt) {
        ScheduleSupport.check(base, "base learning rate", "LinearLR", file: file, line: line)
        if !(start > 0 && start <= 1) || !(end >= 0 && end <= 1) || total < 1 {
            EngineFailure.fail("LinearLR", "needs 0 < startFactor ≤ 1, 0 ≤ endFactor ≤ 1 and totalIters ≥ 1; got "
                               + "\(start), \(end), \(total)", file: file, line: line)
        }
        self.optimizer = optimizer
        self.baseLearningRate = base
        self.startFactor = start
        self.endFactor = end
        self.totalIters = total
        optimizer?.learningRate = base * start
    }

    public func learningRate(atEpoch epoch: Int) -> Double {
        ScheduleSupport.check(epoch: epoch, "LinearLR")
        let progress = Double(Swift.min(epoch, totalIters)) / Double(totalIters)
        return baseLearningRate * (startFactor + (endFactor - startFactor) * progress)
    }
}
