import Foundation
import Testing
@testable import NN

@Suite struct RMSPropTests {
    @Test func stepsMatchTheFormulaWrittenOut() {
        // s ← α·s + (1 − α)·g², p ← p − lr·g/(√s + ε), on x² + 10y² from (1, 1), lr 0.01, α 0.9.
        // 1: g = (2, 20), s = (0.4, 40), each coordinate moves by lr·g/√s = 0.01·√10 (sign of g).
        let p = Bowl.parameter([1, 1])
        let optimizer = RMSProp([p], learningRate: 0.01, alpha: 0.9)
        let path = Bowl.trajectory(optimizer, p, steps: 3)
        let firstMove = 0.01 * 2 / (sqrt(0.4) + 1e-8)
        #expect(Bowl.close([path[0]], [[1 - firstMove, 1 - firstMove]], tolerance: 1e-9)) // ε shifts y by ~5e-10
        #expect(Swift.abs(firstMove - 0.01 * sqrt(10)) < 1e-9)

        var x = 1.0, y = 1.0, sx = 0.0, sy = 0.0
        for _ in 0..<3 {
            let gx = 2 * x, gy = 20 * y
            sx = 0.9 * sx + 0.1 * gx * gx; sy = 0.9 * sy + 0.1 * gy * gy
            x -= 0.01 * gx / (sqrt(sx) + 1e-8); y -= 0.01 * gy / (sqrt(sy) + 1e-8)
        }
        #expect(Bowl.close([path[2]], [[x, y]]))
        #expect(Bowl.close(optimizer.squaredGradientAverages, [[sx, sy]]))
    }

    @Test func weightDecayEntersTheSquaredAverage() {
        // f = 0 with wd 1: g = p = 2, s = 0.01·4, step = 0.1·2/0.2 = 1.
        let w = Bowl.parameter([2])
        _ = Bowl.trajectory(RMSProp([w], learningRate: 0.1, epsilon: 0, weightDecay: 1), w, steps: 1) {
            ($0 * 0).sum()
        }
        #expect(Swift.abs(w.scalars[0] - 1) < 1e-12)
    }
}
