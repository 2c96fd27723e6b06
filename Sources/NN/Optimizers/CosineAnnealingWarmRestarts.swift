/// Cosine annealing that starts over (SGDR, Loshchilov & Hutter, 2017): the rate falls along half a
/// cosine from the base to `minLearningRate` over T₀ epochs, jumps back to the base, and repeats, each
/// period `tMult` times longer than the last.
///
/// With T_cur the epochs since the last restart and T_i the current period,
/// lr(t) = η_min + (base − η_min)·(1 + cos(π·T_cur/T_i))/2. With T₀ = 10 and tMult = 2 the restarts
/// are at epochs 10, 30, 70, …
///
/// PyTorch: `torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(optimizer, T_0, T_mult, eta_min)`.
public final class CosineAnnealingWarmRestarts: LearningRateSchedule {
    public let optimizer: (any Optimizer)?
    public var epoch = 0
    /// The learning rate at every restart.
    public let baseLearningRate: Double
    /// The length of the first period.
    public let t0: Int
    /// The factor by which each period is longer than the one before.
    public let tMult: Int
    /// The rate approached at the end of every period (PyTorch's `eta_min`).
    public let minLearningRate: Double

    /// Creates the schedule without an optimizer, to compute or chart its values (or to chain it).
    public convenience init(baseLearningRate: Double, t0: Int, tMult: Int = 1, minLearningRate: Double = 0,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(nil, baseLearningRate, t0, tMult, minLearningRate, file, line)
    }

    /// Creates the schedule for an optimizer, starting from the optimizer's current learning rate.
    public convenience init(_ optimizer: any Optimizer, t0: Int, tMult: Int = 1, minLearningRate: Double = 0,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(optimizer, optimizer.learningRate, t0, tMult, minLearningRate, file, line)
    }

    private init(_ optimizer: (any Optimizer)?, _ base: Double, _ t0: Int, _ tMult: Int, _ minimum: Double,
                 _ file: StaticString, _ line: UInt) {
        let name = "CosineAnnealingWarmRestarts"
        ScheduleSupport.check(base, "base learning rate", name, file: file, line: line)
        ScheduleSupport.check(minimum, "minLearningRate", name, file: file, line: line)
        if t0 < 1 || tMult < 1 {
            EngineFailure.fail(name, "t0 \(t0) and tMult \(tMult) must both be at least 1", file: file, line: line)
        }
        self.optimizer = optimizer
        self.baseLearningRate = base
        self.t0 = t0
        self.tMult = tMult
        self.minLearningRate = minimum
    }

    /// The epochs since the last restart and the length of the current period, at `epoch`.
    public func position(atEpoch epoch: Int) -> (sinceRestart: Int, period: Int) {
        if tMult == 1 { return (epoch % t0, t0) }
        var sinceRestart = epoch, period = t0
        // Periods grow geometrically, so this runs about log(epoch) times.
        while sinceRestart >= period {
            sinceRestart -= period
            period *= tMult
        }
        return (sinceRestart, period)
    }

    public func learningRate(atEpoch epoch: Int) -> Double {
        ScheduleSupport.check(epoch: epoch, "CosineAnnealingWarmRestarts")
        let (sinceRestart, period) = position(atEpoch: epoch)
        return ScheduleSupport.cosine(from: baseLearningRate, to: minLearningRate,
                                      fraction: Double(sinceRestart) / Double(period))
    }
}
