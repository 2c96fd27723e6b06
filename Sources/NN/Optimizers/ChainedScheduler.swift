/// Applies several schedules at once by multiplying their factors:
/// lr(t) = base · Πᵢ sᵢ(t) / sᵢ.baseLearningRate.
///
/// For example a warm-up times an exponential decay, both active from epoch 0. Create the parts
/// without an optimizer; the base is the optimizer's rate (or `baseLearningRate:`). Parts whose
/// factors multiply the rate — `LinearLR`, `ExponentialLR`, `StepLR`, `MultiStepLR` — chain exactly
/// as in PyTorch.
///
/// ```swift
/// let schedule = ChainedScheduler(optimizer, [
///     LinearLR(baseLearningRate: 1, startFactor: 0.1, totalIters: 4),
///     ExponentialLR(baseLearningRate: 1, gamma: 0.95),
/// ])
/// ```
///
/// PyTorch: `torch.optim.lr_scheduler.ChainedScheduler(schedulers)`.
public final class ChainedScheduler: LearningRateSchedule {
    public let optimizer: (any Optimizer)?
    public var epoch = 0
    /// The rate the factors multiply.
    public let baseLearningRate: Double
    /// The schedules whose factors are multiplied.
    public let schedules: [any LearningRateSchedule]

    /// Creates the chain without an optimizer, to compute or chart its values.
    public convenience init(baseLearningRate: Double, _ schedules: [any LearningRateSchedule],
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(nil, baseLearningRate, schedules, file, line)
    }

    /// Creates the chain for an optimizer, whose current rate is the base; its rate becomes the
    /// chained epoch-0 rate at once.
    public convenience init(_ optimizer: any Optimizer, _ schedules: [any LearningRateSchedule],
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(optimizer, optimizer.learningRate, schedules, file, line)
    }

    private init(_ optimizer: (any Optimizer)?, _ base: Double, _ schedules: [any LearningRateSchedule],
                 _ file: StaticString, _ line: UInt) {
        ScheduleSupport.check(base, "base learning rate", "ChainedScheduler", file: file, line: line)
        if let bad = schedules.first(where: { !($0.baseLearningRate > 0) }) {
            EngineFailure.fail("ChainedScheduler", "every schedule needs a base rate above 0 to give a factor; "
                               + "\(type(of: bad)) has \(bad.baseLearningRate)", file: file, line: line)
        }
        self.optimizer = optimizer
        self.baseLearningRate = base
        self.schedules = schedules
        optimizer?.learningRate = learningRate(atEpoch: 0)
    }

    public func learningRate(atEpoch epoch: Int) -> Double {
        ScheduleSupport.check(epoch: epoch, "ChainedScheduler")
        return schedules.reduce(baseLearningRate) { $0 * $1.learningRate(atEpoch: epoch) / $1.baseLearningRate }
    }
}
