import Foundation
import Testing
@testable import NN

@Suite struct AdaGradTests {
    @Test func stepsMatchTheFormulaWrittenOut() {
        // s ← s + g², p ← p − lr·g/(√s + ε), per coordinate, on x² + 10y² from (1, 1), lr 0.5.
        // 1: g = (2, 20), s = (4, 400), p = (1 − 0.5·2/2, 1 − 0.5·20/20) = (0.5, 0.5)
        // 2: g = (1, 10), s = (5, 500), p = 0.5 − 0.5/√5 in both coordinates (AdaGrad ignores the scale)
        let p = Bowl.parameter([1, 1])
        let optimizer = AdaGrad([p], learningRate: 0.5)
        let path = Bowl.trajectory(optimizer, p, steps: 3)
        #expect(Bowl.close(Array(path.prefix(2)), [[0.5, 0.5], [0.5 - 0.5 / sqrt(5), 0.5 - 0.5 / sqrt(5)]],
                             tolerance: 1e-9)) // ε = 1e-10 moves the values by ~1e-11

        var x = 1.0, y = 1.0, sx = 0.0, sy = 0.0
        for _ in 0..<3 {
            let gx = 2 * x, gy = 20 * y
            sx += gx * gx; sy += gy * gy
            x -= 0.5 * gx / (sqrt(sx) + 1e-10); y -= 0.5 * gy / (sqrt(sy) + 1e-10)
        }
        #expect(Bowl.close([path[2]], [[x, y]]))
        #expect(Bowl.close(optimizer.squaredGradientSums, [[sx, sy]]))
    }

    @Test func epsilonIsAddedOutsideTheSquareRoot() {
        // With ε = 1 the difference between √s + ε and √(s + ε) is large: g = 2, s = 4 gives 3 (not √5).
        let x = Bowl.parameter([1])
        _ = Bowl.trajectory(AdaGrad([x], learningRate: 1, epsilon: 1), x, steps: 1) { ($0 * $0).sum() }
        #expect(Swift.abs(x.scalars[0] - (1 - 2.0 / 3)) < 1e-15)
    }
}
