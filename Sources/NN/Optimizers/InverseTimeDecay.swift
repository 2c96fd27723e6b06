/// The learning rate a/(b + t): large at first, then falling like 1/t.
///
/// The classic stochastic-approximation schedule (Robbins–Monro conditions: Σ lr = ∞, Σ lr² < ∞);
/// epoch 0 gives a/b. Keras' `InverseTimeDecay(lr₀, decaySteps, rate)` is the same curve with
/// a = lr₀·decaySteps/rate and b = decaySteps/rate.
public final class InverseTimeDecay: LearningRateSchedule {
    public let optimizer: (any Optimizer)?
    public var epoch = 0
    /// The numerator a.
    public let a: Double
    /// The offset b > 0; larger b keeps the rate near a/b for longer.
    public let b: Double

    /// Creates the schedule lr(t) = a/(b + t) without an optimizer, to compute or chart its values.
    public convenience init(a: Double, b: Double, file: StaticString = #fileID, line: UInt = #line) {
        self.init(nil, a, b, file, line)
    }

    /// Creates the schedule lr(t) = a/(b + t) for an optimizer, whose rate becomes a/b at once.
    public convenience init(_ optimizer: any Optimizer, a: Double, b: Double,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(optimizer, a, b, file, line)
    }

    /// Creates the schedule lr(t) = lr₀·b/(b + t) for an optimizer, keeping its current rate lr₀ at epoch 0.
    public convenience init(_ optimizer: any Optimizer, b: Double, file: StaticString = #fileID, line: UInt = #line) {
        self.init(optimizer, optimizer.learningRate * b, b, file, line)
    }

    private init(_ optimizer: (any Optimizer)?, _ a: Double, _ b: Double, _ file: StaticString, _ line: UInt) {
        ScheduleSupport.check(a, "a", "InverseTimeDecay", file: file, line: line)
        if !(b > 0 && b.isFinite) {
            EngineFailure.fail("InverseTimeDecay", "b \(b) must be finite and above 0", file: file, line: line)
        }
        self.optimizer = optimizer
        self.a = a
        self.b = b
        optimizer?.learningRate = a / b
    }

    /// The rate at epoch 0, a/b.
    public var baseLearningRate: Double { a / b }

    public func learningRate(atEpoch epoch: Int) -> Double {
        ScheduleSupport.check(epoch: epoch, "InverseTimeDecay")
        return a / (b + Double(epoch))
    }
}
