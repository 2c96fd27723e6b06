/// The one-cycle policy (Smith & Topin, 2018): the rate climbs from max/divFactor to `maxLearningRate`
/// over the first `pctStart` of the steps, then anneals down to max/(divFactor·finalDivFactor).
///
/// Meant to be stepped once per batch, for exactly `totalSteps` steps. The phases and the annealing
/// are PyTorch's: with cosine annealing, step t of a phase from a to b running from step s to step e
/// gives b + (a − b)·(1 + cos(π·(t − s)/(e − s)))/2, where the first phase ends at step
/// pctStart·totalSteps − 1 and the last at totalSteps − 1. `threePhase` adds a symmetric descent back
/// to the initial rate before the final annealing. Attaching an optimizer sets its rate to the
/// initial rate at once. (PyTorch also cycles the momentum; this schedule sets only the rate.)
///
/// PyTorch: `torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr, total_steps, pct_start=0.3,
/// anneal_strategy="cos", div_factor=25, final_div_factor=1e4, three_phase=False)`.
public final class OneCycleLR: LearningRateSchedule {
    /// How the rate moves within a phase.
    public enum Annealing: Sendable { case cosine, linear }

    public let optimizer: (any Optimizer)?
    public var epoch = 0
    /// The peak rate.
    public let maxLearningRate: Double
    /// The number of steps in the cycle.
    public let totalSteps: Int
    /// The fraction of the steps spent climbing.
    public let pctStart: Double
    /// How the rate moves within a phase (PyTorch's `anneal_strategy`).
    public let annealing: Annealing
    /// The initial rate is maxLearningRate / divFactor.
    public let divFactor: Double
    /// The final rate is the initial rate / finalDivFactor.
    public let finalDivFactor: Double
    /// Whether the rate descends back to the initial rate before the final annealing.
    public let threePhase: Bool

    /// The rate at step 0, max / divFactor.
    public var baseLearningRate: Double { maxLearningRate / divFactor }
    /// The rate at the last step, the initial rate / finalDivFactor.
    public var finalLearningRate: Double { baseLearningRate / finalDivFactor }

    /// Creates the schedule without an optimizer, to compute or chart its values.
    public convenience init(maxLearningRate: Double, totalSteps: Int, pctStart: Double = 0.3, annealing: Annealing = .cosine,
                            divFactor: Double = 25, finalDivFactor: Double = 1e4, threePhase: Bool = false,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(nil, maxLearningRate, totalSteps, pctStart, annealing, divFactor, finalDivFactor, threePhase, file, line)
    }

    /// Creates the schedule for an optimizer, whose rate becomes max / divFactor at once.
    public convenience init(_ optimizer: any Optimizer, maxLearningRate: Double, totalSteps: Int, pctStart: Double = 0.3,
                            annealing: Annealing = .cosine, divFactor: Double = 25, finalDivFactor: Double = 1e4,
                            threePhase: Bool = false, file: StaticString = #fileID, line: UInt = #line) {
        self.init(optimizer, maxLearningRate, totalSteps, pctStart, annealing, divFactor, finalDivFactor, threePhase, file, line)
    }

    private init(_ optimizer: (any Optimizer)?, _ maxRate: Double, _ totalSteps: Int, _ pctStart: Double,
                 _ annealing: Annealing, _ divFactor: Double, _ finalDivFactor: Double, _ threePhase: Bool,
                 _ file: StaticString, _ line: UInt) {
        ScheduleSupport.check(maxRate, "maxLearningRate", "OneCycleLR", file: file, line: line)
        if totalSteps < 1 || !(pctStart > 0 && pctStart < 1) || !(divFactor > 0) || !(finalDivFactor > 0) {
            EngineFailure.fail("OneCycleLR", "needs totalSteps ≥ 1, 0 < pctStart < 1 and positive div factors; got "
                               + "totalSteps \(totalSteps), pctStart \(pctStart), divFactor \(divFactor), "
                               + "finalDivFactor \(finalDivFactor)", file: file, line: line)
        }
        self.optimizer = optimizer
        self.maxLearningRate = maxRate
        self.totalSteps = totalSteps
        self.pctStart = pctStart
        self.annealing = annealing
        self.divFactor = divFactor
        self.finalDivFactor = finalDivFactor
        self.threePhase = threePhase
        optimizer?.learningRate = maxRate / divFactor
    }

    /// The phases as (last step, rate at the start, rate at the end).
    private var phases: [(end: Double, from: Double, to: Double)] {
        let climb = pctStart * Double(totalSteps)
        if threePhase {
            return [(climb - 1, baseLearningRate, maxLearningRate), (2 * climb - 2, maxLearningRate, baseLearningRate),
                    (Double(totalSteps - 1), baseLearningRate, finalLearningRate)]
        }
        return [(climb - 1, baseLearningRate, maxLearningRate), (Double(totalSteps - 1), maxLearningRate, finalLearningRate)]
    }

    public func learningRate(atEpoch epoch: Int) -> Double {
        ScheduleSupport.check(epoch: epoch, "OneCycleLR")
        if epoch > totalSteps {
            EngineFailure.fail("OneCycleLR", "step \(epoch) is past the \(totalSteps) steps of the cycle")
        }
        let t = Double(epoch)
        var start = 0.0
        let phases = phases
        for (i, phase) in phases.enumerated() {
            if t <= phase.end || i == phases.count - 1 {
                let fraction = (t - start) / (phase.end - start)
                switch annealing {
                case .cosine: return ScheduleSupport.cosine(from: phase.from, to: phase.to, fraction: fraction)
                case .linear: return (phase.to - phase.from) * fraction + phase.from
                }
            }
            start = phase.end
        }
        return finalLearningRate
    }
}
