/// Multiplies the learning rate by `gamma` at each milestone epoch: lr(t) = base·γ^(milestones ≤ t).
///
/// PyTorch's `lr_scheduler.MultiStepLR`: with base 0.1, milestones [50, 125, 160] and γ 0.1 the rate is
/// 0.1 for epochs 0–49, 0.01 for 50–124, 0.001 for 125–159 and 0.0001 from 160 on. A milestone listed
/// twice decays twice.
public final class MultiStepLR: LearningRateSchedule {
    public let optimizer: (any Optimizer)?
    public var epoch = 0
    /// The learning rate of epoch 0.
    public let baseLearningRate: Double
    /// The epochs at which the rate decays, sorted.
    public let milestones: [Int]
    /// The factor applied at each milestone.
    public let gamma: Double

    /// Creates the schedule without an optimizer, to compute or chart its values.
    public convenience init(baseLearningRate: Double, milestones: [Int], gamma: Double = 0.1,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(nil, baseLearningRate, milestones, gamma, file, line)
    }

    /// Creates the schedule for an optimizer, starting from the optimizer's current learning rate.
    public convenience init(_ optimizer: any Optimizer, milestones: [Int], gamma: Double = 0.1,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(optimizer, optimizer.learningRate, milestones, gamma, file, line)
    }

    private init(_ optimizer: (any Optimizer)?, _ base: Double, _ milestones: [Int], _ gamma: Double,
                 _ file: StaticString, _ line: UInt) {
        ScheduleSupport.check(base, "base learning rate", "MultiStepLR", file: file, line: line)
        ScheduleSupport.check(gamma, "gamma", "MultiStepLR", file: file, line: line)
        if let bad = milestones.first(where: { $0 < 0 }) {
            EngineFailure.fail("MultiStepLR", "milestone \(bad) is negative", file: file, line: line)
        }
        self.optimizer = optimizer
        self.baseLearningRate = base
        self.milestones = milestones.sorted()
        self.gamma = gamma
    }

    public func learningRate(atEpoch epoch: Int) -> Double {
        ScheduleSupport.check(epoch: epoch, "MultiStepLR")
        return baseLearningRate * power(gamma, milestones.count { $0 <= epoch })
    }
}
