import Testing
@testable import NN

@Suite struct SGDTests {
    @Test func plainStepsFollowTheGradient() {
        // lr 0.01 on x² + 10y² from (1, 1): x ← x − 0.01·2x = 0.98x, y ← y − 0.01·20y = 0.8y.
        let p = Bowl.parameter([1, 1])
        let path = Bowl.trajectory(SGD([p], learningRate: 0.01), p, steps: 3)
        #expect(Bowl.close(path, [[0.98, 0.8], [0.9604, 0.64], [0.941192, 0.512]]))
    }

    @Test func pytorchMomentumByHand() {
        // v ← 0.9v + g, p ← p − 0.01v, from (1, 1):
        // 1: g = (2, 20),       v = (2, 20),                     p = (0.98, 0.8)
        // 2: g = (1.96, 16),    v = (1.8 + 1.96, 18 + 16) = (3.76, 34),    p = (0.9424, 0.46)
        // 3: g = (1.8848, 9.2), v = (3.384 + 1.8848, 30.6 + 9.2) = (5.2688, 39.8), p = (0.889712, 0.062)
        let p = Bowl.parameter([1, 1])
        let sgd = SGD([p], learningRate: 0.01, momentum: 0.9)
        let path = Bowl.trajectory(sgd, p, steps: 3)
        #expect(Bowl.close(path, [[0.98, 0.8], [0.9424, 0.46], [0.889712, 0.062]]))
        #expect(Bowl.close(sgd.velocities, [[5.2688, 39.8]]))
    }

    @Test func exponentialAverageMomentumByHand() {
        // v ← 0.9v + 0.1g, p ← p − 0.01v, from (1, 1); the first step is (1 − β)·g·lr:
        // 1: g = (2, 20),            v = (0.2, 2),                  p = (0.998, 0.98)
        // 2: g = (1.996, 19.6),      v = (0.18 + 0.1996, 1.8 + 1.96) = (0.3796, 3.76),  p = (0.994204, 0.9424)
        // 3: g = (1.988408, 18.848), v = (0.34164 + 0.1988408, 3.384 + 1.8848) = (0.5404808, 5.2688),
        //    p = (0.988799192, 0.889712)
        let p = Bowl.parameter([1, 1])
        let sgd = SGD([p], learningRate: 0.01, momentum: 0.9, momentumStyle: .exponentialAverage)
        let path = Bowl.trajectory(sgd, p, steps: 3)
        #expect(Bowl.close(path, [[0.998, 0.98], [0.994204, 0.9424], [0.988799192, 0.889712]]))
        #expect(Swift.abs((1 - path[0][0]) - (1 - 0.9) * 2 * 0.01) < 1e-15)
    }

    @Test func theTwoMomentumStylesDifferByTheFactorOneMinusBeta() {
        // Same lr: the PyTorch step is 1/(1 − β) = 10 times larger at first.
        let a = Bowl.parameter([1, 1]), b = Bowl.parameter([1, 1])
        let pytorch = Bowl.trajectory(SGD([a], learningRate: 0.01, momentum: 0.9), a, steps: 1)
        let average = Bowl.trajectory(
            SGD([b], learningRate: 0.01, momentum: 0.9, momentumStyle: .exponentialAverage), b, steps: 1)
        #expect(Swift.abs((1 - pytorch[0][0]) / (1 - average[0][0]) - 10) < 1e-9)
        // With lr scaled by (1 − β), the whole trajectories coincide, with and without Nesterov.
        for nesterov in [false, true] {
            let c = Bowl.parameter([1, 1]), d = Bowl.parameter([1, 1])
            let small = Bowl.trajectory(SGD([c], learningRate: 0.01, momentum: 0.9, nesterov: nesterov), c, steps: 20)
            let large = Bowl.trajectory(SGD([d], learningRate: 0.1, momentum: 0.9, nesterov: nesterov,
                                                     momentumStyle: .exponentialAverage), d, steps: 20)
            #expect(Bowl.close(small, large, tolerance: 1e-12))
        }
    }

    @Test func nesterovByHand() {
        // f(x) = x², lr 0.01, μ 0.9, x₀ = 1; step along g + μ·v with the new v:
        // 1: g = 2,     v = 2,                    d = 2 + 1.8 = 3.8,           x = 0.962
        // 2: g = 1.924, v = 1.8 + 1.924 = 3.724,  d = 1.924 + 3.3516 = 5.2756, x = 0.909244
        let x = Bowl.parameter([1])
        let path = Bowl.trajectory(SGD([x], learningRate: 0.01, momentum: 0.9, nesterov: true), x, steps: 2) {
            ($0 * $0).sum()
        }
        #expect(Bowl.close(path, [[0.962], [0.909244]]))
    }

    @Test func weightDecayAddsWdTimesTheParameterToTheGradient() {
        // f(x) = x², lr 0.1, wd 0.5: g = 2x + 0.5x, so x ← x − 0.1·2.5x = 0.75x.
        let x = Bowl.parameter([1, -2])
        let path = Bowl.trajectory(SGD([x], learningRate: 0.1, weightDecay: 0.5), x, steps: 2) {
            ($0 * $0).sum()
        }
        #expect(Bowl.close(path, [[0.75, -1.5], [0.5625, -1.125]]))
        // With a zero loss gradient, the decay alone shrinks p by (1 − lr·wd) per step.
        let w = Bowl.parameter([4])
        let decay = Bowl.trajectory(SGD([w], learningRate: 0.1, momentum: 0.9, weightDecay: 0.5), w, steps: 2) {
            ($0 * 0).sum()
        }
        // 1: g = 2, v = 2, w = 4 − 0.2 = 3.8;  2: g = 1.9, v = 1.8 + 1.9 = 3.7, w = 3.8 − 0.37 = 3.43.
        #expect(Bowl.close(decay, [[3.8], [3.43]]))
    }

    @Test func misuseNamesTheHyperparameter() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = SGD([Bowl.parameter([1])], learningRate: 0.1, momentum: 1,
                    momentumStyle: .exponentialAverage)
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("SGD: momentum β 1.0 is out of range 0.0..<1.0"))
            #expect(text.contains("SGDTests.swift"))
        }
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = SGD([Bowl.parameter([1])], learningRate: 0.1, nesterov: true)
        }.map { result in
            #expect(String(decoding: result.standardErrorContent, as: UTF8.self)
                .contains("SGD: nesterov needs a momentum above 0"))
        }
    }
}
