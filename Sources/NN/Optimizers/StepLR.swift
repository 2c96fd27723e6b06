/// Multiplies the learning rate by `gamma` every `stepSize` epochs: lr(t) = base·γ^⌊t/stepSize⌋.
///
/// PyTorch's `lr_scheduler.StepLR`: with base 0.1, stepSize 30, γ 0.1 the rate is 0.1 for epochs 0–29,
/// 0.01 for 30–59, 0.001 for 60–89, …
public final class StepLR: LearningRateSchedule {
    public let optimizer: (any Optimizer)?
    public var epoch = 0
    /// The learning rate of epoch 0.
    public let baseLearningRate: Double
    /// The number of epochs between two decays.
    public let stepSize: Int
    /// The factor applied at each decay.
    public let gamma: Double

    /// Creates the schedule without an optimizer, to compute or chart its values.
    public convenience init(baseLearningRate: Double, stepSize: Int, gamma: Double = 0.1,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(nil, baseLearningRate, stepSize, gamma, file, line)
    }

    /// Creates the schedule for an optimizer, starting from the optimizer's current learning rate.
    public convenience init(_ optimizer: any Optimizer, stepSize: Int, gamma: Double = 0.1,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(optimizer, optimizer.learningRate, stepSize, gamma, file, line)
    }

    private init(_ optimizer: (any Optimizer)?, _ base: Double, _ stepSize: Int, _ gamma: Double,
                 _ file: StaticString, _ line: UInt) {
        ScheduleSupport.check(base, "base learning rate", "StepLR", file: file, line: line)
        ScheduleSupport.check(gamma, "gamma", "StepLR", file: file, line: line)
        if stepSize < 1 { EngineFailure.fail("StepLR", "stepSize \(stepSize) must be at least 1", file: file, line: line) }
        self.optimizer = optimizer
        self.baseLearningRate = base
        self.stepSize = stepSize
        self.gamma = gamma
    }

    public func learningRate(atEpoch epoch: Int) -> Double {
        ScheduleSupport.check(epoch: epoch, "StepLR")
        return baseLearningRate * power(gamma, epoch / stepSize)
    }
}

/// γⁿ for a whole n ≥ 0 by repeated multiplication, so γ = 0.5 gives exact powers of two.
func power(_ base: Double, _ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= base }
    return result
}
