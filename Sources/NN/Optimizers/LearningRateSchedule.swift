/// A rule giving the learning rate for each epoch, optionally driving an optimizer.
///
/// Following PyTorch's schedulers, call `step()` once at the end of every epoch: the epoch counter goes
/// up by one and the optimizer's `learningRate` becomes `learningRate(atEpoch: epoch)`. Attaching an
/// optimizer sets its rate to the epoch-0 value at once. `learningRate(atEpoch:)` is pure, so a note can
/// chart a schedule without any optimizer: `StepLR(baseLearningRate: 0.1, stepSize: 30).learningRates(epochs: 100)`.
/// (Nothing stops you from stepping once per batch instead; then "epoch" counts batches.)
public protocol LearningRateSchedule: AnyObject {
    /// The optimizer whose learning rate `step()` sets, if any.
    var optimizer: (any Optimizer)? { get }
    /// How many times `step()` has been called (the epoch the next training epoch runs in).
    var epoch: Int { get set }
    /// The learning rate this schedule gives for `epoch` (0 is the first epoch).
    func learningRate(atEpoch epoch: Int) -> Double
    /// The rate the schedule scales (PyTorch's `base_lr`): `ChainedScheduler` multiplies the factors
    /// learningRate(atEpoch: t) / baseLearningRate of its schedules.
    var baseLearningRate: Double { get }
}

extension LearningRateSchedule {
    /// The learning rate for the current epoch.
    public var learningRate: Double { learningRate(atEpoch: epoch) }

    /// Moves to the next epoch and updates the optimizer's learning rate.
    public func step() {
        epoch += 1
        optimizer?.learningRate = learningRate
    }

    /// The learning rates of epochs 0..<epochs, for a chart.
    public func learningRates(epochs: Int) -> [Double] {
        (0..<Swift.max(epochs, 0)).map { learningRate(atEpoch: $0) }
    }
}

/// The shared checks of the schedules.
enum ScheduleSupport {
    /// Fails for a negative epoch, naming the schedule.
    static func check(epoch: Int, _ schedule: String) {
        if epoch < 0 { EngineFailure.fail(schedule, "epoch \(epoch) is negative") }
    }

    /// Fails for a negative or non-finite learning rate or decay factor.
    static func check(_ value: Double, _ name: String, _ schedule: String, file: StaticString, line: UInt) {
        if !(value >= 0 && value.isFinite) {
            EngineFailure.fail(schedule, "\(name) \(value) must be finite and not negative", file: file, line: line)
        }
    }
}
