import Foundation
import Testing
@testable import NN

/// Layers built from given values, and from PyTorch's layouts, against the formulas written out.
@Suite struct GivenWeightsTests {
    func gaussian(_ shape: [Int], _ g: inout RandomGenerator) -> Tensor { Tensor.gaussian(shape, using: &g) }

    @Test func conv2dTakesPyTorchsLayoutAsItIs() {
        var g = RandomGenerator(seed: 1)
        let w = gaussian([4, 2, 3, 3], &g), b = gaussian([4], &g), x = gaussian([2, 2, 5, 5], &g)
        let conv = Conv2d(weight: w, bias: b, stride: 2, padding: 1)
        #expect(conv.weight === w && conv.bias === b && w.requiresGrad)
        #expect(conv(x).equal(Tensor.conv2d(x, w, b, stride: 2, padding: 1)))
        #expect(Conv2d(weight: w).parameters.count == 1)
    }

    @Test func linearFromPyTorchTransposes() {
        let layer = Linear.fromPyTorch(weight: [[1, 2], [3, 4], [5, 6]], bias: [0.5, 0, -0.5])
        #expect(layer.weight.shape == [2, 3] && layer.inputFeatures == 2)
        // x·Wᵀ + b with x = [1, -1]: [1 − 2, 3 − 4, 5 − 6] + b.
        #expect(layer(Tensor([[1, -1]])).scalars == [-0.5, -1, -1.5])
    }

    @Test func recurrentCellsFromPyTorchFollowItsEquations() {
        var g = RandomGenerator(seed: 2)
        let (i, h, n) = (3, 2, 2)
        let x = gaussian([n, i], &g), h0 = gaussian([n, h], &g), c0 = gaussian([n, h], &g)
        // PyTorch: gates = x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh, written with plain loops.
        func affine(_ x: Tensor, _ w: Tensor, _ b: Tensor) -> [[Double]] {
            let width = x.shape[1]
            var out = [[Double]](repeating: [Double](repeating: 0, count: w.shape[0]), count: x.shape[0])
            for r in 0..<x.shape[0] {
                for o in 0..<w.shape[0] {
                    var sum: Double = b.scalars[o]
                    for k in 0..<width { sum += x.scalars[r * width + k] * w.scalars[o * width + k] }
                    out[r][o] = sum
                }
            }
            return out
        }
        func sigma(_ v: Double) -> Double { 1 / (1 + Foundation.exp(-v)) }

        let (rw, rh, rbi, rbh) = (gaussian([h, i], &g), gaussian([h, h], &g), gaussian([h], &g), gaussian([h], &g))
        let rnn = RNNCell.fromPyTorch(weightIH: rw, weightHH: rh, biasIH: rbi, biasHH: rbh)
        let (ax, ah) = (affine(x, rw, rbi), affine(h0, rh, rbh))
        let rnnExpected = (0..<n).flatMap { r in (0..<h).map { Foundation.tanh(ax[r][$0] + ah[r][$0]) } }
        #expect(rnn(x, h0).allClose(Tensor(scalars: rnnExpected, shape: [n, h]), relative: 1e-13))
        #expect(RNNCell(inputWeight: rnn.inputWeight, hiddenWeight: rnn.hiddenWeight, bias: rnn.bias)(x, h0).equal(rnn(x, h0)))

        let (lw, lh, lbi, lbh) = (gaussian([4 * h, i], &g), gaussian([4 * h, h], &g), gaussian([4 * h], &g), gaussian([4 * h], &g))
        let lstm = LSTMCell.fromPyTorch(weightIH: lw, weightHH: lh, biasIH: lbi, biasHH: lbh)
        let (lx, lhh) = (affine(x, lw, lbi), affine(h0, lh, lbh))
        var hs: [Double] = [], cs: [Double] = []
        for r in 0..<n {
            for k in 0..<h {
                let gate = { (j: Int) in lx[r][j * h + k] + lhh[r][j * h + k] }
                let c = sigma(gate(1)) * c0.scalars[r * h + k] + sigma(gate(0)) * Foundation.tanh(gate(2))
                cs.append(c)
                hs.append(sigma(gate(3)) * Foundation.tanh(c))
            }
        }
        let (hOut, cOut) = lstm(x, (h0, c0))
        #expect(hOut.allClose(Tensor(scalars: hs, shape: [n, h]), relative: 1e-13))
        #expect(cOut.allClose(Tensor(scalars: cs, shape: [n, h]), relative: 1e-13))

        let (gw, gh, gbi, gbh) = (gaussian([3 * h, i], &g), gaussian([3 * h, h], &g), gaussian([3 * h], &g), gaussian([3 * h], &g))
        let gru = GRUCell.fromPyTorch(weightIH: gw, weightHH: gh, biasIH: gbi, biasHH: gbh)
        let (gx, ghh) = (affine(x, gw, gbi), affine(h0, gh, gbh))
        var gruExpected: [Double] = []
        for r in 0..<n {
            for k in 0..<h {
                let reset = sigma(gx[r][k] + ghh[r][k]), update = sigma(gx[r][h + k] + ghh[r][h + k])
                let candidate = Foundation.tanh(gx[r][2 * h + k] + reset * ghh[r][2 * h + k])
                gruExpected.append((1 - update) * candidate + update * h0.scalars[r * h + k])
            }
        }
        #expect(gru(x, h0).allClose(Tensor(scalars: gruExpected, shape: [n, h]), relative: 1e-13))
        #expect(gru.inputBias.equal(gbi) && gru.hiddenBias.equal(gbh))
    }

    @Test func normsFromGivenValues() {
        var g = RandomGenerator(seed: 3)
        let x = gaussian([4, 3], &g)
        let (gamma, beta, mean, variance) = (Tensor([1, 2, 3]), Tensor([0, -1, 1]), Tensor([0.5, 0, -1]), Tensor([4, 1, 0.25]))
        let bn = BatchNorm1d(gamma: gamma, beta: beta, runningMean: mean, runningVariance: variance, epsilon: 0)
        bn.eval()
        #expect(bn(x).allClose((x - mean) / variance.sqrt() * gamma + beta, relative: 1e-14))
        #expect(bn.runningMean.equal(mean) && bn.gamma!.requiresGrad)
        let bn2 = BatchNorm2d(gamma: gamma, beta: beta)
        #expect(bn2.runningVariance.scalars == [1, 1, 1] && bn2.beta!.equal(beta))
        let ln = LayerNorm(gamma: gamma, beta: beta)
        #expect(ln(x).allClose(LayerNorm(3)(x) * gamma + beta, relative: 1e-14))
        let images = gaussian([2, 4, 3, 3], &g)
        let gn = GroupNorm(groups: 2, gamma: Tensor([1, 2, 3, 4]), beta: Tensor([0, 0, 1, 1]))
        let plain = GroupNorm(groups: 2, channels: 4)(images)
        #expect(gn(images).allClose(plain * Tensor([1, 2, 3, 4]).view(1, 4, 1, 1) + Tensor([0, 0, 1, 1]).view(1, 4, 1, 1),
                                    relative: 1e-14))
    }
}

@Suite struct InstanceNormTests {
    @Test func eachChannelOfEachExampleIsStandardisedOverItsPositions() {
        var g = RandomGenerator(seed: 4)
        let x = Tensor.gaussian([2, 3, 4, 5], mean: 3, std: 2, using: &g)
        let y = InstanceNorm2d(3)(x)
        for plane in 0..<6 {
            let values = Array(x.scalars[plane * 20..<(plane + 1) * 20])
            let mean = values.reduce(0, +) / 20
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 20
            let expected = values.map { ($0 - mean) / (variance + 1e-5).squareRoot() }
            #expect(Tensor(Array(y.scalars[plane * 20..<(plane + 1) * 20])).allClose(Tensor(expected), relative: 1e-12))
        }
        let sequences = Tensor.gaussian([2, 3, 7], using: &g)
        #expect(InstanceNorm1d(3)(sequences).allClose(GroupNorm(groups: 3, channels: 3, affine: false)(sequences), relative: 1e-14))
        #expect(InstanceNorm1d(3).parameters.isEmpty)
    }

    @Test func affineGradientsMatchFiniteDifferences() {
        var g = RandomGenerator(seed: 5)
        let x = Tensor.gaussian([2, 2, 3, 3], using: &g)
        let norm = InstanceNorm2d(2, affine: true)
        LayerTestSupport.randomizeParameters(norm, seed: 6)
        #expect(gradientCheck([x] + norm.parameters) { LayerTestSupport.weightedSum(norm(x)) }.passed)
        #expect(norm.description == "InstanceNorm2d(2, affine: true)")
    }
}
