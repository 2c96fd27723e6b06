import Testing
@testable import NN

@Suite struct LearningRateScheduleTests {
    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { Swift.abs($0 - $1) <= 1e-12 * Swift.max(1, Swift.abs($1)) }
    }

    @Test func stepLRHalvesEveryThreeEpochs() {
        let schedule = StepLR(baseLearningRate: 0.1, stepSize: 3, gamma: 0.5)
        #expect(schedule.learningRates(epochs: 8) == [0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025])
        #expect(Self.close([schedule.learningRate(atEpoch: 30)], [0.1 / 1024]))
    }

    @Test func stepLRDrivesAnOptimizer() {
        let p = Bowl.parameter([1])
        let sgd = SGD([p], learningRate: 1)
        let schedule = StepLR(sgd, stepSize: 2, gamma: 0.1)
        var seen = [sgd.learningRate]
        for _ in 0..<5 { schedule.step(); seen.append(sgd.learningRate) }
        // Epochs 0–5: 1, 1, 0.1, 0.1, 0.01, 0.01.
        #expect(Self.close(seen, [1, 1, 0.1, 0.1, 0.01, 0.01]))
        #expect(schedule.epoch == 5 && schedule.learningRate == sgd.learningRate)
        // The optimizer really uses the scheduled rate: x ← x − 0.01·2x.
        (p * p).sum().backward()
        sgd.step()
        #expect(Swift.abs(p.scalars[0] - 0.98) < 1e-15)
    }

    @Test func multiStepLRDecaysAtEachMilestone() {
        // The notes' example: milestones [50, 125, 160]; given unsorted, sorted on creation.
        let schedule = MultiStepLR(baseLearningRate: 0.1, milestones: [125, 50, 160], gamma: 0.1)
        #expect(schedule.milestones == [50, 125, 160])
        let epochs = [0, 49, 50, 124, 125, 159, 160, 500]
        #expect(Self.close(epochs.map { schedule.learningRate(atEpoch: $0) },
                           [0.1, 0.1, 0.01, 0.01, 0.001, 0.001, 0.0001, 0.0001]))
        // A milestone listed twice decays twice (as in PyTorch).
        let twice = MultiStepLR(baseLearningRate: 1, milestones: [2, 2], gamma: 0.5)
        #expect(twice.learningRates(epochs: 4) == [1, 1, 0.25, 0.25])
    }

    @Test func multiStepLRDrivesAnOptimizer() {
        let adam = Adam([Bowl.parameter([1])], learningRate: 0.4)
        let schedule = MultiStepLR(adam, milestones: [1, 3], gamma: 0.5)
        var seen = [adam.learningRate]
        for _ in 0..<4 { schedule.step(); seen.append(adam.learningRate) }
        #expect(seen == [0.4, 0.2, 0.2, 0.1, 0.1])
    }

    @Test func inverseTimeDecayIsAOverBPlusT() {
        let schedule = InverseTimeDecay(a: 1, b: 10)
        #expect(Self.close([0, 10, 90].map { schedule.learningRate(atEpoch: $0) }, [0.1, 0.05, 0.01]))
        // Attached with a and b, the optimizer's rate becomes a/b at once.
        let sgd = SGD([Bowl.parameter([1])], learningRate: 3)
        let attached = InverseTimeDecay(sgd, a: 2, b: 4)
        #expect(sgd.learningRate == 0.5)
        attached.step()
        #expect(Self.close([sgd.learningRate], [0.4]))
        // Attached with b only, it keeps the optimizer's rate at epoch 0: lr₀·b/(b + t).
        let rms = RMSProp([Bowl.parameter([1])], learningRate: 0.2)
        let kept = InverseTimeDecay(rms, b: 4)
        #expect(kept.a == 0.8 && rms.learningRate == 0.2)
        for _ in 0..<4 { kept.step() }
        #expect(Self.close([rms.learningRate], [0.1]))
    }

    @Test func aNegativeEpochIsRefused() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = StepLR(baseLearningRate: 0.1, stepSize: 3).learningRate(atEpoch: -1)
        }.map { result in
            #expect(String(decoding: result.standardErrorContent, as: UTF8.self).contains("StepLR: epoch -1 is negative"))
        }
    }
}
