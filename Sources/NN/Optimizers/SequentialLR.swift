/// Runs schedules one after another, switching at the milestone epochs; each starts again from its
/// own epoch 0 when its turn comes.
///
/// With milestones m₁ < m₂ < …, epoch t < m₁ follows the first schedule at t, m₁ ≤ t < m₂ the second
/// at t − m₁, and so on. Create the parts without an optimizer (their `baseLearningRate:` initialisers)
/// and give the optimizer to the sequence:
///
/// ```swift
/// let warmUp = LinearLR(baseLearningRate: 0.1, startFactor: 0.01, totalIters: 5)
/// let decay = CosineAnnealingLR(baseLearningRate: 0.1, tMax: 95)
/// let schedule = SequentialLR(optimizer, [warmUp, decay], milestones: [5])
/// ```
///
/// PyTorch: `torch.optim.lr_scheduler.SequentialLR(optimizer, schedulers, milestones)`.
public final class SequentialLR: LearningRateSchedule {
    public let optimizer: (any Optimizer)?
    public var epoch = 0
    /// The schedules, in the order they run.
    public let schedules: [any LearningRateSchedule]
    /// The epochs at which the next schedule takes over, one fewer than the schedules.
    public let milestones: [Int]

    /// The first schedule's base rate.
    public var baseLearningRate: Double { schedules[0].baseLearningRate }

    /// Creates the sequence without an optimizer, to compute or chart its values.
    public convenience init(_ schedules: [any LearningRateSchedule], milestones: [Int],
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(nil, schedules, milestones, file, line)
    }

    /// Creates the sequence for an optimizer, whose rate becomes the first schedule's epoch-0 rate at once.
    public convenience init(_ optimizer: any Optimizer, _ schedules: [any LearningRateSchedule], milestones: [Int],
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(optimizer, schedules, milestones, file, line)
    }

    private init(_ optimizer: (any Optimizer)?, _ schedules: [any LearningRateSchedule], _ milestones: [Int],
                 _ file: StaticString, _ line: UInt) {
        if schedules.isEmpty || milestones.count != schedules.count - 1 {
            EngineFailure.fail("SequentialLR", "needs at least one schedule and one milestone fewer than schedules; got "
                               + "\(schedules.count) schedules and \(milestones.count) milestones", file: file, line: line)
        }
        if milestones.first.map({ $0 < 1 }) == true || zip(milestones, milestones.dropFirst()).contains(where: { $0 >= $1 }) {
            EngineFailure.fail("SequentialLR", "milestones \(milestones) must be positive and increasing", file: file, line: line)
        }
        self.optimizer = optimizer
        self.schedules = schedules
        self.milestones = milestones
        optimizer?.learningRate = schedules[0].learningRate(atEpoch: 0)
    }

    public func learningRate(atEpoch epoch: Int) -> Double {
        ScheduleSupport.check(epoch: epoch, "SequentialLR")
        let index = milestones.count { $0 <= epoch }
        return schedules[index].learningRate(atEpoch: epoch - (index == 0 ? 0 : milestones[index - 1]))
    }
}
