import Foundation

/// Half a cosine from the base rate down to `minLearningRate` over `tMax` epochs:
/// lr(t) = η_min + (base − η_min)·(1 + cos(π·t/T_max))/2.
///
/// After T_max epochs the cosine carries on and the rate climbs again, as PyTorch's closed form does;
/// stop at T_max, or use `CosineAnnealingWarmRestarts` to start over.
///
/// PyTorch: `torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max, eta_min)`.
public final class CosineAnnealingLR: LearningRateSchedule {
    public let optimizer: (any Optimizer)?
    public var epoch = 0
    /// The learning rate of epoch 0.
    public let baseLearningRate: Double
    /// The number of epochs from the base rate to the minimum.
    public let tMax: Int
    /// The rate reached at epoch T_max (PyTorch's `eta_min`).
    public let minLearningRate: Double

    /// Creates the schedule without an optimizer, to compute or chart its values (or to chain it).
    public convenience init(baseLearningRate: Double, tMax: Int, minLearningRate: Double = 0,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(nil, baseLearningRate, tMax, minLearningRate, file, line)
    }

    /// Creates the schedule for an optimizer, starting from the optimizer's current learning rate.
    public convenience init(_ optimizer: any Optimizer, tMax: Int, minLearningRate: Double = 0,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(optimizer, optimizer.learningRate, tMax, minLearningRate, file, line)
    }

    private init(_ optimizer: (any Optimizer)?, _ base: Double, _ tMax: Int, _ minimum: Double,
                 _ file: StaticString, _ line: UInt) {
        ScheduleSupport.check(base, "base learning rate", "CosineAnnealingLR", file: file, line: line)
        ScheduleSupport.check(minimum, "minLearningRate", "CosineAnnealingLR", file: file, line: line)
        if tMax < 1 { EngineFailure.fail("CosineAnnealingLR", "tMax \(tMax) must be at least 1", file: file, line: line) }
        self.optimizer = optimizer
        self.baseLearningRate = base
        self.tMax = tMax
        self.minLearningRate = minimum
    }

    public func learningRate(atEpoch epoch: Int) -> Double {
        ScheduleSupport.check(epoch: epoch, "CosineAnnealingLR")
        return ScheduleSupport.cosine(from: baseLearningRate, to: minLearningRate, fraction: Double(epoch) / Double(tMax))
    }
}

extension ScheduleSupport {
    /// end + (start − end)·(1 + cos(π·fraction))/2: start at 0, end at 1.
    static func cosine(from start: Double, to end: Double, fraction: Double) -> Double {
        end + (start - end) * (1 + Foundation.cos(Double.pi * fraction)) / 2
    }
}
