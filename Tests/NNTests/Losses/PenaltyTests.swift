import Testing
@testable import NN

@Suite struct PenaltyTests {
    let w: Tensor = [[0.5, -1.5], [2, -0.25]]
    let b: Tensor = [0.1, -0.3]

    @Test func penaltiesHaveTheirFormulas() {
        #expect(Swift.abs(Loss.l1Penalty([w, b], lambda: 0.1).item() - 0.1 * (0.5 + 1.5 + 2 + 0.25 + 0.1 + 0.3)) < 1e-12)
        let squares = 0.25 + 2.25 + 4 + 0.0625 + 0.01 + 0.09
        #expect(Swift.abs(Loss.l2Penalty([w, b], lambda: 0.1).item() - 0.1 * squares) < 1e-12)
        #expect(Swift.abs(Loss.halfL2Penalty([w, b], lambda: 0.1).item() - 0.05 * squares) < 1e-12)
        #expect(Loss.l2Penalty([], lambda: 1).item() == 0)
    }

    @Test func l2GradientIsTwoLambdaW() {
        let p = Tensor(scalars: w.scalars, shape: w.shape, requiresGrad: true)
        Loss.l2Penalty([p], lambda: 0.3).backward()
        #expect(p.grad!.allClose(2 * 0.3 * w))
        p.zeroGrad()
        Loss.halfL2Penalty([p], lambda: 0.3).backward()
        #expect(p.grad!.allClose(0.3 * w))
        p.zeroGrad()
        Loss.l1Penalty([p], lambda: 0.3).backward()
        #expect(p.grad!.allClose(0.3 * w.sign()))
    }

    @Test func gradientsMatchFiniteDifferences() {
        #expect(gradientCheck([w, b]) { Loss.l1Penalty([w, b], lambda: 0.2) }.passed)
        #expect(gradientCheck([w, b]) { Loss.l2Penalty([w, b], lambda: 0.2) }.passed)
        #expect(gradientCheck([w, b]) { Loss.halfL2Penalty([w, b], lambda: 0.2) }.passed)
        #expect(gradientCheck([w, b]) { Loss.mse(w, w * 0.5) + Loss.l2Penalty([w, b], lambda: 0.01) }.passed)
    }
}
