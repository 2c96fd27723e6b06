import Testing
@testable import NN

@Suite struct EarlyStoppingTests {
    /// Runs the watcher over a validation curve and returns the epoch at which it asked to stop.
    static func stopEpoch(_ stopper: EarlyStopping, _ curve: [Double]) -> Int? {
        curve.indices.first { stopper.update(curve[$0]) }
    }

    @Test func stopsAfterPatienceEpochsWithoutImprovement() {
        // Best 0.6 at epoch 2; epochs 3, 4, 5 do not improve, so with patience 3 it stops at epoch 5
        // (and never sees the better 0.5 at epoch 6).
        let stopper = EarlyStopping(patience: 3)
        #expect(Self.stopEpoch(stopper, [1.0, 0.8, 0.6, 0.65, 0.7, 0.62, 0.5]) == 5)
        #expect(stopper.bestValue == 0.6 && stopper.bestEpoch == 2)
        #expect(stopper.epochsWithoutImprovement == 3 && stopper.shouldStop)
    }

    @Test func anImprovementResetsTheCount() {
        let stopper = EarlyStopping(patience: 2)
        #expect(Self.stopEpoch(stopper, [1.0, 1.1, 0.9, 1.0, 0.8, 0.85, 0.7]) == nil)
        #expect(stopper.bestEpoch == 6 && stopper.epochsWithoutImprovement == 0)
    }

    @Test func changesSmallerThanMinDeltaDoNotCount() {
        let stopper = EarlyStopping(patience: 2, minDelta: 0.1)
        #expect(Self.stopEpoch(stopper, [1.0, 0.95, 0.91, 0.5]) == 2)
        #expect(stopper.bestValue == 1.0 && stopper.bestEpoch == 0)
    }

    @Test func maximizeModeWatchesAnAccuracy() {
        let stopper = EarlyStopping(patience: 2, mode: .maximize)
        #expect(Self.stopEpoch(stopper, [0.5, 0.7, 0.72, 0.71, 0.69, 0.9]) == 4)
        #expect(stopper.bestValue == 0.72 && stopper.bestEpoch == 2)
    }

    @Test func aNaNLossNeverCountsAsAnImprovement() {
        let stopper = EarlyStopping(patience: 2)
        #expect(Self.stopEpoch(stopper, [1.0, .nan, .nan]) == 2)
        #expect(stopper.bestValue == 1.0)
    }

    @Test func restoresTheParametersOfTheBestEpoch() {
        // A "training run" that sets the weights to (epoch, −epoch) and reports a U-shaped validation loss.
        let w = Bowl.parameter([0, 0]), b = Bowl.parameter([0])
        let curve = [0.9, 0.5, 0.3, 0.4, 0.45, 0.5, 0.2]
        let stopper = EarlyStopping(patience: 3)
        var stoppedAt: Int?
        for (epoch, loss) in curve.enumerated() {
            w.scalars = [Double(epoch), -Double(epoch)]
            b.scalars = [10 * Double(epoch)]
            if stopper.update(loss, parameters: [w, b]) { stoppedAt = epoch; break }
        }
        #expect(stoppedAt == 5)
        #expect(stopper.snapshot == [[2, -2], [20]])
        #expect(w.scalars == [5, -5])
        stopper.restoreBest(into: [w, b])
        #expect(w.scalars == [2, -2] && b.scalars == [20])
        // The snapshot is a copy: changing the weights afterwards does not change it.
        w.scalars = [9, 9]
        #expect(stopper.snapshot?[0] == [2, -2])
        stopper.reset()
        #expect(stopper.snapshot == nil && stopper.bestValue == nil && stopper.epoch == 0)
    }

    @Test func restoringWithoutASnapshotIsRefused() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let stopper = EarlyStopping(patience: 1)
            stopper.update(1)
            stopper.restoreBest(into: [])
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("EarlyStopping.restoreBest: no snapshot was kept"))
            #expect(text.contains("EarlyStoppingTests.swift"))
        }
    }
}
