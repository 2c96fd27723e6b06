import Foundation
import Testing
@testable import NN

/// AdamW's decoupled decay and AMSGrad, against PyTorch's update rules written out.
@Suite struct AdamWTests {
    /// Adam's rule on x² + 10y² from (1, 1), written out: decay (decoupled or L2), moments, optional AMSGrad.
    static func byHand(steps: Int, lr: Double, beta2: Double = 0.999, l2: Double = 0, decoupled: Double = 0,
                       amsgrad: Bool = false) -> [[Double]] {
        var x = [1.0, 1.0], m = [0.0, 0.0], v = [0.0, 0.0], vMax = [0.0, 0.0]
        var path: [[Double]] = []
        for t in 1...steps {
            let g0 = [2 * x[0], 20 * x[1]]
            for k in 0..<2 {
                x[k] *= 1 - lr * decoupled
                let g = g0[k] + l2 * x[k]
                m[k] = 0.9 * m[k] + 0.1 * g
                v[k] = beta2 * v[k] + (1 - beta2) * g * g
                vMax[k] = Swift.max(vMax[k], v[k])
                let second = amsgrad ? vMax[k] : v[k]
                x[k] -= lr * (m[k] / (1 - pow(0.9, Double(t)))) / (sqrt(second / (1 - pow(beta2, Double(t)))) + 1e-8)
            }
            path.append(x)
        }
        return path
    }

    @Test func adamWDecaysTheWeightsOutsideTheAdaptiveStep() {
        let p = Bowl.parameter([1, 1])
        let path = Bowl.trajectory(AdamW([p], learningRate: 0.1, weightDecay: 0.3), p, steps: 5)
        #expect(Bowl.close(path, Self.byHand(steps: 5, lr: 0.1, decoupled: 0.3)))
        #expect(!Bowl.close(path, Self.byHand(steps: 5, lr: 0.1, l2: 0.3), tolerance: 1e-3))
        // With a zero loss the weights only shrink, by (1 − lr·wd) per step.
        let w = Bowl.parameter([4])
        let decay = Bowl.trajectory(AdamW([w], learningRate: 0.1, weightDecay: 0.5), w, steps: 2) { ($0 * 0).sum() }
        #expect(Bowl.close(decay, [[3.8], [3.61]]))
        // Without decay AdamW is Adam.
        let a = Bowl.parameter([1, 1]), b = Bowl.parameter([1, 1])
        #expect(Bowl.close(Bowl.trajectory(AdamW([a], learningRate: 0.05, weightDecay: 0), a, steps: 6),
                           Bowl.trajectory(Adam([b], learningRate: 0.05), b, steps: 6), tolerance: 0))
    }

    @Test func amsgradUsesTheLargestSecondMoment() {
        // β₂ = 0.5 lets v fall as the gradients shrink, so v_max differs from v.
        let p = Bowl.parameter([1, 1])
        let adam = Adam([p], learningRate: 0.1, beta2: 0.5, amsgrad: true)
        let path = Bowl.trajectory(adam, p, steps: 8)
        #expect(Bowl.close(path, Self.byHand(steps: 8, lr: 0.1, beta2: 0.5, amsgrad: true)))
        #expect(!Bowl.close(path, Self.byHand(steps: 8, lr: 0.1, beta2: 0.5), tolerance: 1e-6))
        #expect(zip(adam.maxSecondMoments[0], adam.secondMoments[0]).allSatisfy { $0 >= $1 })
        let q = Bowl.parameter([1, 1])
        let both = Bowl.trajectory(AdamW([q], learningRate: 0.1, beta2: 0.5, weightDecay: 0.2, amsgrad: true), q, steps: 8)
        #expect(Bowl.close(both, Self.byHand(steps: 8, lr: 0.1, beta2: 0.5, decoupled: 0.2, amsgrad: true)))
    }
}

/// RMSProp's momentum and centring, and SGD's dampening, against PyTorch's rules written out.
@Suite struct OptimizerOptionTests {
    @Test func rmsPropWithMomentumAndCentering() {
        for (mu, centered) in [(0.9, false), (0.0, true), (0.5, true)] {
            let p = Bowl.parameter([1, 1])
            let path = Bowl.trajectory(RMSProp([p], learningRate: 0.01, alpha: 0.9, momentum: mu, centered: centered),
                                       p, steps: 6)
            var x = [1.0, 1.0], s = [0.0, 0.0], mean = [0.0, 0.0], b = [0.0, 0.0]
            var expected: [[Double]] = []
            for _ in 0..<6 {
                let g = [2 * x[0], 20 * x[1]]
                for k in 0..<2 {
                    s[k] = 0.9 * s[k] + 0.1 * g[k] * g[k]
                    mean[k] = 0.9 * mean[k] + 0.1 * g[k]
                    let d = (centered ? sqrt(s[k] - mean[k] * mean[k]) : sqrt(s[k])) + 1e-8
                    if mu > 0 { b[k] = mu * b[k] + g[k] / d; x[k] -= 0.01 * b[k] } else { x[k] -= 0.01 * g[k] / d }
                }
                expected.append(x)
            }
            #expect(Bowl.close(path, expected), "momentum \(mu), centered \(centered)")
        }
    }

    @Test func sgdDampeningStartsAtTheFirstGradient() {
        // f(x) = x², lr 0.1, μ 0.9, d 0.5, x₀ = 1:
        // 1: g = 2, v = 2 (undamped),            x = 0.8
        // 2: g = 1.6, v = 1.8 + 0.5·1.6 = 2.6,  x = 0.54
        // 3: g = 1.08, v = 2.34 + 0.54 = 2.88,  x = 0.252
        let x = Bowl.parameter([1])
        let path = Bowl.trajectory(SGD([x], learningRate: 0.1, momentum: 0.9, dampening: 0.5), x, steps: 3) {
            ($0 * $0).sum()
        }
        #expect(Bowl.close(path, [[0.8], [0.54], [0.252]], tolerance: 1e-14))
    }

    @Test func dampeningWithNesterovIsRefused() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = SGD([Bowl.parameter([1])], learningRate: 0.1, momentum: 0.9, nesterov: true, dampening: 0.1)
        }.map { result in
            #expect(String(decoding: result.standardErrorContent, as: UTF8.self).contains("dampening 0.1 works only"))
        }
    }
}
