/// Multiplies the learning rate by `gamma` every epoch: lr(t) = base·γᵗ.
///
/// PyTorch: `torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma)`.
public final class ExponentialLR: LearningRateSchedule {
    public let optimizer: (any Optimizer)?
    public var epoch = 0
    /// The learning rate of epoch 0.
    public let baseLearningRate: Double
    /// The factor applied every epoch.
    public let gamma: Double

    /// Creates the schedule without an optimizer, to compute or chart its values (or to chain it).
    public convenience init(baseLearningRate: Double, gamma: Double, file: StaticString = #fileID, line: UInt = #line) {
        self.init(nil, baseLearningRate, gamma, file, line)
    }

    /// Creates the schedule for an optimizer, starting from the optimizer's current learning rate.
    public convenience init(_ optimizer: any Optimizer, gamma: Double, file: StaticString = #fileID, line: UInt = #line) {
        self.init(optimizer, optimizer.learningRate, gamma, file, line)
    }

    private init(_ optimizer: (any Optimizer)?, _ base: Double, _ gamma: Double, _ file: StaticString, _ line: UInt) {
        ScheduleSupport.check(base, "base learning rate", "ExponentialLR", file: file, line: line)
        ScheduleSupport.check(gamma, "gamma", "ExponentialLR", file: file, line: line)
        self.optimizer = optimizer
        self.baseLearningRate = base
        self.gamma = gamma
    }

    public func learningRate(atEpoch epoch: Int) -> Double {
        ScheduleSupport.check(epoch: epoch, "ExponentialLR")
        return baseLearningRate * power(gamma, epoch)
    }
}
