import Testing
@testable import NN

/// Each initialiser against its defining distribution, on a large sample.
@Suite struct InitializerTests {
    func sample(_ initializer: Initializer, fanIn: Int, fanOut: Int, seed: UInt64 = 3) -> (mean: Double, std: Double, max: Double, t: Tensor) {
        var g = RandomGenerator(seed: seed)
        let t = initializer.parameter([fanIn, fanOut], fanIn: fanIn, fanOut: fanOut, using: &g)
        let n = Double(t.count)
        let mean = t.scalars.reduce(0, +) / n
        let std = (t.scalars.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n).squareRoot()
        return (mean, std, t.scalars.map(Swift.abs).max() ?? 0, t)
    }

    @Test func constantsAndZeros() {
        #expect(sample(.zeros, fanIn: 3, fanOut: 2).t.scalars == [0, 0, 0, 0, 0, 0])
        #expect(sample(.constant(0.5), fanIn: 2, fanOut: 2).t.scalars == [0.5, 0.5, 0.5, 0.5])
        #expect(sample(.zeros, fanIn: 3, fanOut: 2).t.requiresGrad)
    }

    @Test func gaussianAndUniformHaveTheirMomentsAndBounds() {
        let g = sample(.gaussian(std: 0.01), fanIn: 400, fanOut: 400)
        #expect(Swift.abs(g.mean) < 2e-4 && Swift.abs(g.std - 0.01) < 2e-4)
        let u = sample(.uniform(-0.5...0.5), fanIn: 400, fanOut: 400)
        #expect(u.max <= 0.5 && Swift.abs(u.std - 1 / 12.0.squareRoot()) < 3e-3)
    }

    @Test func xavierAndHeScaleWithFanInAndFanOut() {
        // Xavier: Var = 2/(in+out); He: Var = 2/in. Uniform forms reach the bound a = √(3·Var).
        let xn = sample(.xavierNormal, fanIn: 300, fanOut: 500)
        #expect(Swift.abs(xn.std - (2.0 / 800).squareRoot()) < 1e-3)
        let xu = sample(.xavierUniform, fanIn: 300, fanOut: 500)
        #expect(Swift.abs(xu.std - (2.0 / 800).squareRoot()) < 1e-3 && xu.max <= (6.0 / 800).squareRoot())
        let hn = sample(.heNormal, fanIn: 300, fanOut: 500)
        #expect(Swift.abs(hn.std - (2.0 / 300).squareRoot()) < 1e-3)
        let hu = sample(.heUniform, fanIn: 300, fanOut: 500)
        #expect(Swift.abs(hu.std - (2.0 / 300).squareRoot()) < 1e-3 && hu.max <= (6.0 / 300).squareRoot())
    }

    @Test func equalSeedsGiveEqualParameters() {
        #expect(sample(.heNormal, fanIn: 4, fanOut: 3, seed: 9).t.scalars == sample(.heNormal, fanIn: 4, fanOut: 3, seed: 9).t.scalars)
    }
}
