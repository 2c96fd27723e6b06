import Foundation
import Testing
@testable import NN

@Suite struct AdamTests {
    @Test func stepsMatchTheFormulaWrittenOut() {
        // PyTorch's Adam on x² + 10y² from (1, 1), lr 0.1, β₁ 0.9, β₂ 0.999, ε 1e-8:
        // m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², p ← p − lr·(m/(1−β₁ᵗ)) / (√(v/(1−β₂ᵗ)) + ε).
        let p = Bowl.parameter([1, 1])
        let optimizer = Adam([p], learningRate: 0.1)
        let path = Bowl.trajectory(optimizer, p, steps: 3)

        var x = [1.0, 1.0], m = [0.0, 0.0], v = [0.0, 0.0]
        var expected: [[Double]] = []
        for t in 1...3 {
            let g = [2 * x[0], 20 * x[1]]
            for k in 0..<2 {
                m[k] = 0.9 * m[k] + 0.1 * g[k]
                v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k]
                let mHat = m[k] / (1 - pow(0.9, Double(t))), vHat = v[k] / (1 - pow(0.999, Double(t)))
                x[k] -= 0.1 * mHat / (sqrt(vHat) + 1e-8)
            }
            expected.append(x)
        }
        #expect(Bowl.close(path, expected))
        #expect(optimizer.stepCounts == [3])
        // Step 1 written out: m̂ = g, v̂ = g², so both coordinates move by lr·g/(|g| + ε) ≈ 0.1.
        #expect(Swift.abs(path[0][0] - (1 - 0.1 * 2 / (2 + 1e-8))) < 1e-15)
        #expect(Swift.abs(path[0][1] - (1 - 0.1 * 20 / (20 + 1e-8))) < 1e-15)
    }

    @Test func firstStepMovesEveryCoordinateByAboutTheLearningRate() {
        // Gradients from 2e-3 to 2e4: bias correction makes the first step lr·sign(g) whatever the scale.
        let start: [Double] = [1e-3, -0.5, 30, 1e4]
        let p = Bowl.parameter(start)
        let path = Bowl.trajectory(Adam([p], learningRate: 0.01), p, steps: 1) { ($0 * $0).sum() }
        for (before, after) in zip(start, path[0]) {
            #expect(Swift.abs(Swift.abs(before - after) - 0.01) < 1e-7)
            #expect((after - before) * before < 0)
        }
    }

    @Test func weightDecayIsAddedToTheGradientBeforeTheMoments() {
        // f = 0, wd 0.5, p = 4: g = 2, so the first step is still lr·sign(g) (L2, not AdamW's decoupled decay).
        let w = Bowl.parameter([4])
        let adam = Adam([w], learningRate: 0.1, weightDecay: 0.5)
        _ = Bowl.trajectory(adam, w, steps: 1) { ($0 * 0).sum() }
        #expect(Swift.abs(w.scalars[0] - (4 - 0.1 * 2 / (2 + 1e-8))) < 1e-15)
        #expect(Swift.abs(adam.firstMoments[0][0] - 0.2) < 1e-15)
        #expect(Swift.abs(adam.secondMoments[0][0] - 0.004) < 1e-15)
    }
}
