import Foundation
import Testing
@testable import NN

/// The schedulers added for PyTorch's vocabulary, against their closed forms.
@Suite struct SchedulerTests {
    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { Swift.abs($0 - $1) <= 1e-13 * Swift.max(1, Swift.abs($1)) }
    }

    @Test func exponentialAndLinear() {
        #expect(ExponentialLR(baseLearningRate: 1, gamma: 0.5).learningRates(epochs: 4) == [1, 0.5, 0.25, 0.125])
        let warmUp = LinearLR(baseLearningRate: 0.1, startFactor: 0.25, totalIters: 4)
        #expect(Self.close(warmUp.learningRates(epochs: 6), [0.025, 0.04375, 0.0625, 0.08125, 0.1, 0.1]))
        let decay = LinearLR(baseLearningRate: 2, startFactor: 1, endFactor: 0, totalIters: 2)
        #expect(decay.learningRates(epochs: 4) == [2, 1, 0, 0])
        let sgd = SGD([Bowl.parameter([1])], learningRate: 0.1)
        let attached = LinearLR(sgd, startFactor: 0.5, totalIters: 2)
        #expect(sgd.learningRate == 0.05)
        attached.step()
        #expect(Swift.abs(sgd.learningRate - 0.075) < 1e-15)
    }

    @Test func cosineAnnealing() {
        let schedule = CosineAnnealingLR(baseLearningRate: 0.1, tMax: 10, minLearningRate: 0.001)
        let expected = (0...12).map { 0.001 + 0.099 * (1 + cos(Double.pi * Double($0) / 10)) / 2 }
        #expect(Self.close(schedule.learningRates(epochs: 13), expected))
        #expect(Self.close([schedule.learningRate(atEpoch: 5), schedule.learningRate(atEpoch: 10)], [0.0505, 0.001]))
    }

    @Test func warmRestartsStartOverAtGrowingPeriods() {
        let schedule = CosineAnnealingWarmRestarts(baseLearningRate: 1, t0: 2, tMult: 2)
        // Restarts at 0, 2, 6, 14: periods 2, 4, 8.
        #expect([0, 1, 2, 3, 5, 6, 13, 14].map { schedule.position(atEpoch: $0).sinceRestart } == [0, 1, 0, 1, 3, 0, 7, 0])
        #expect([1, 3, 13].map { schedule.position(atEpoch: $0).period } == [2, 4, 8])
        let rates = [0, 1, 2, 3, 6].map { schedule.learningRate(atEpoch: $0) }
        #expect(Self.close(rates, [1, 0.5, 1, (1 + cos(Double.pi / 4)) / 2, 1]))
        let flat = CosineAnnealingWarmRestarts(baseLearningRate: 0.2, t0: 3, minLearningRate: 0.05)
        #expect(Self.close(flat.learningRates(epochs: 7), [0.2, 0.1625, 0.0875, 0.2, 0.1625, 0.0875, 0.2]))
    }

    @Test func oneCycleFollowsPyTorchsPhases() {
        // max 1, 10 steps, pctStart 0.3: initial 0.04, final 4e-6; the climb ends at step 2, the descent at 9.
        let cycle = OneCycleLR(maxLearningRate: 1, totalSteps: 10)
        let descent = (3...9).map { 4e-6 + (1 - 4e-6) / 2 * (1 + cos(Double.pi * Double($0 - 2) / 7)) }
        #expect(Self.close(cycle.learningRates(epochs: 10), [0.04, 0.52, 1] + descent))
        #expect(Swift.abs(cycle.learningRate(atEpoch: 9) - 4e-6) < 1e-18)
        let linear = OneCycleLR(maxLearningRate: 1, totalSteps: 10, annealing: .linear)
        #expect(Self.close([1, 5].map { linear.learningRate(atEpoch: $0) }, [0.52, 1 + (4e-6 - 1) * 3 / 7]))
        let three = OneCycleLR(maxLearningRate: 1, totalSteps: 10, threePhase: true)
        // Phases end at steps 2, 4 and 9: up, back down to the initial rate, then to the final one.
        #expect(Self.close([2, 3, 4, 9].map { three.learningRate(atEpoch: $0) }, [1, 0.52, 0.04, 4e-6]))
        let sgd = SGD([Bowl.parameter([1])], learningRate: 5)
        _ = OneCycleLR(sgd, maxLearningRate: 0.5, totalSteps: 100)
        #expect(sgd.learningRate == 0.02)
    }

    @Test func reduceOnPlateauCutsAfterPatience() {
        let sgd = SGD([Bowl.parameter([1])], learningRate: 1)
        let plateau = ReduceLROnPlateau(sgd, factor: 0.5, patience: 2, cooldown: 1, minLearningRate: 0.2)
        // 1.0 and 0.9 improve; three bad epochs exceed the patience of 2; cooldown skips one epoch.
        let metrics = [1.0, 0.9, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95]
        var rates: [Double] = []
        for m in metrics { plateau.step(m); rates.append(sgd.learningRate) }
        #expect(rates == [1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.25, 0.2, 0.2])
        // A relative threshold of 20 % needs 0.8·best to count.
        let other = SGD([Bowl.parameter([1])], learningRate: 1)
        let strict = ReduceLROnPlateau(other, patience: 0, threshold: 0.2)
        strict.step(1)
        #expect(strict.step(0.85) && other.learningRate == 0.1)
        let accuracy = SGD([Bowl.parameter([1])], learningRate: 1)
        let up = ReduceLROnPlateau(accuracy, mode: .maximize, patience: 0, thresholdMode: .absolute)
        up.step(0.5)
        #expect(!up.step(0.6) && up.step(0.6) && accuracy.learningRate == 0.1)
        #expect(up.step(.nan) && accuracy.learningRate < 0.011)
    }

    @Test func sequentialSwitchesAtMilestones() {
        let sgd = SGD([Bowl.parameter([1])], learningRate: 99)
        let warmUp = LinearLR(baseLearningRate: 0.1, startFactor: 0.1, totalIters: 2)
        let decay = CosineAnnealingLR(baseLearningRate: 0.1, tMax: 4)
        let schedule = SequentialLR(sgd, [warmUp, decay], milestones: [2])
        #expect(Swift.abs(sgd.learningRate - 0.01) < 1e-15)
        var rates = [sgd.learningRate]
        for _ in 0..<6 { schedule.step(); rates.append(sgd.learningRate) }
        let cosine = (0...4).map { 0.05 * (1 + cos(Double.pi * Double($0) / 4)) }
        #expect(Self.close(rates, [0.01, 0.055] + cosine))
        let three = SequentialLR([ExponentialLR(baseLearningRate: 1, gamma: 0.5), StepLR(baseLearningRate: 3, stepSize: 1),
                                  ExponentialLR(baseLearningRate: 7, gamma: 1)], milestones: [2, 3])
        #expect(three.learningRates(epochs: 5) == [1, 0.5, 3, 7, 7])
    }

    @Test func chainedMultipliesTheFactors() {
        let sgd = SGD([Bowl.parameter([1])], learningRate: 0.1)
        let chain = ChainedScheduler(sgd, [LinearLR(baseLearningRate: 1, startFactor: 0.5, totalIters: 2),
                                           ExponentialLR(baseLearningRate: 1, gamma: 0.9)])
        #expect(Swift.abs(sgd.learningRate - 0.05) < 1e-16)
        #expect(Self.close(chain.learningRates(epochs: 4), [0.05, 0.1 * 0.75 * 0.9, 0.1 * 0.81, 0.1 * 0.729]))
        // A part's own base only sets the scale of its factor.
        let scaled = ChainedScheduler(baseLearningRate: 2, [StepLR(baseLearningRate: 10, stepSize: 2, gamma: 0.5)])
        #expect(scaled.learningRates(epochs: 4) == [2, 2, 1, 1])
    }
}
