import Testing
@testable import NN

/// Direct six-loop cross-correlation, independent of im2col: the reference for the fast path.
func referenceConv2d(_ x: Tensor, _ w: Tensor, _ b: Tensor?, stride s: Int, padding p: Int) -> [Double] {
    let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let (o, kh, kw) = (w.shape[0], w.shape[2], w.shape[3])
    let oh = (h + 2 * p - kh) / s + 1, ow = (wd + 2 * p - kw) / s + 1
    var out: [Double] = []
    for i in 0..<n { for f in 0..<o { for y in 0..<oh { for z in 0..<ow {
        var sum = b?.scalars[f] ?? 0
        for ch in 0..<c { for u in 0..<kh { for v in 0..<kw {
            let r = y * s - p + u, col = z * s - p + v
            if r >= 0 && r < h && col >= 0 && col < wd {
                sum += w.scalars[((f * c + ch) * kh + u) * kw + v] * x.scalars[((i * c + ch) * h + r) * wd + col]
            }
        } } }
        out.append(sum)
    } } } }
    return out
}

@Suite struct Conv2dTests {
    let image = Tensor(scalars: [1, 2, 3, 0, 1,
                                 0, 1, 2, 3, 1,
                                 1, 0, 1, 2, 2,
                                 2, 1, 0, 1, 0,
                                 1, 2, 1, 0, 1], shape: [1, 1, 5, 5])

    @Test func sobelKernelOnAFiveByFiveImageMatchesTheHandComputation() {
        // Cross-correlation, not flipped: the top-left output is
        // 1·1 + 0·2 − 1·3 + 2·0 + 0·1 − 2·2 + 1·1 + 0·0 − 1·1 = −6.
        let sobel = Tensor(scalars: [1, 0, -1, 2, 0, -2, 1, 0, -1], shape: [1, 1, 3, 3])
        let out = Tensor.conv2d(image, sobel)
        #expect(out.shape == [1, 1, 3, 3])
        #expect(out.scalars == [-6, -4, 3, 0, -6, -1, 4, 0, -1])
    }

    @Test func theKernelIsNotFlipped() {
        // A kernel with a single 1 at its bottom-right picks the bottom-right of each window.
        let corner = Tensor(scalars: [0, 0, 0, 0, 0, 0, 0, 0, 1], shape: [1, 1, 3, 3])
        #expect(Tensor.conv2d(image, corner).scalars == [1, 2, 2, 0, 1, 0, 1, 0, 1])
        // With a bias and one image [C, H, W].
        let single = image.reshaped(1, 5, 5)
        let out = Tensor.conv2d(single, corner, Tensor([10]))
        #expect(out.shape == [1, 3, 3])
        #expect(out.scalars == [11, 12, 12, 10, 11, 10, 11, 10, 11])
    }

    @Test func outputSizeFollowsTheFloorFormula() {
        var g = RandomGenerator(seed: 1)
        for (n, k, p, s) in [(5, 3, 0, 1), (5, 3, 1, 1), (5, 3, 1, 2), (6, 3, 1, 2), (7, 2, 0, 3),
                             (28, 5, 2, 1), (4, 4, 0, 1), (3, 5, 1, 1), (9, 3, 2, 4)] {
            let x = Tensor.gaussian([1, 2, n, n + 1], using: &g)
            let w = Tensor.gaussian([3, 2, k, k], using: &g)
            let out = Tensor.conv2d(x, w, stride: s, padding: p)
            #expect(out.shape == [1, 3, (n + 2 * p - k) / s + 1, (n + 1 + 2 * p - k) / s + 1], "n \(n) k \(k) p \(p) s \(s)")
        }
    }

    @Test func agreesWithADirectLoopOnRectangularKernelsStridesAndPadding() {
        var g = RandomGenerator(seed: 2)
        for (s, p) in [(1, 0), (1, 1), (2, 0), (2, 1), (3, 2)] {
            let x = Tensor.gaussian([2, 3, 7, 6], using: &g)
            let w = Tensor.gaussian([4, 3, 2, 3], using: &g)
            let b = Tensor.gaussian([4], using: &g)
            let out = Tensor.conv2d(x, w, b, stride: s, padding: p)
            #expect(out.allClose(Tensor(scalars: referenceConv2d(x, w, b, stride: s, padding: p), shape: out.shape),
                                 relative: 1e-12, absolute: 1e-12), "stride \(s) padding \(p)")
        }
    }

    @Test(arguments: [(1, 0), (1, 1), (2, 0), (2, 1)])
    func gradientsMatchFiniteDifferences(stride: Int, padding: Int) {
        var g = RandomGenerator(seed: UInt64(10 + stride * 2 + padding))
        let x = Tensor.gaussian([2, 2, 5, 6], using: &g)
        let w = Tensor.gaussian([3, 2, 3, 3], using: &g)
        let b = Tensor.gaussian([3], using: &g)
        let shape = Tensor.conv2d(x, w, b, stride: stride, padding: padding).shape
        let r = Tensor.gaussian(shape, using: &g)   // weights every output differently
        // The loss is linear in each single value, so a large step is exact and avoids round-off.
        let check = gradientCheck([x, w, b], step: 1e-3) { (Tensor.conv2d(x, w, b, stride: stride, padding: padding) * r).sum() }
        #expect(check.passed, "\(check)")
    }

    @Test func verticalEdgeKernelRespondsOnlyAtTheEdge() {
        // A 6×6 image, dark (0) on the left three columns and bright (1) on the right three.
        let image = Tensor(scalars: (0..<36).map { $0 % 6 < 3 ? 0 : 1 }, shape: [1, 1, 6, 6])
        let edge = Tensor(scalars: [-1, 0, 1, -1, 0, 1, -1, 0, 1], shape: [1, 1, 3, 3])
        let out = Tensor.conv2d(image, edge)
        #expect(out.shape == [1, 1, 4, 4])
        // Windows over columns 1–3 and 2–4 straddle the edge (3 rows × (1 − 0)); the others see flat colour.
        #expect(out.scalars == Array(repeating: [0, 3, 3, 0], count: 4).flatMap { $0 })
    }

    @Test func layerHasPyTorchShapesAndHeInit() {
        var g = RandomGenerator(seed: 3)
        let conv = Conv2d(16, 32, 3, stride: 2, padding: 1, using: &g)
        #expect(conv.weight.shape == [32, 16, 3, 3])
        #expect(conv.bias?.shape == [32])
        #expect(conv.bias?.scalars.allSatisfy { $0 == 0 } == true)
        #expect(conv.parameters.count == 2 && conv.parameterCount == 32 * 16 * 9 + 32)
        #expect(conv.parameters.allSatisfy { $0.requiresGrad })
        let std = conv.weight.variance().item().squareRoot()
        #expect(Swift.abs(std - (2.0 / (16 * 9)).squareRoot()) < 0.01)
        #expect(conv(Tensor.zeros([2, 16, 9, 9])).shape == [2, 32, 5, 5])
        #expect(conv.description == "Conv2d(16 → 32, kernel 3×3, stride 2, padding 1)")
        #expect(Conv2d(1, 2, 3, bias: false, using: &g).parameters.count == 1)
    }

    @Test func layerGradientsReachWeightAndBias() {
        var g = RandomGenerator(seed: 4)
        let conv = Conv2d(2, 3, 3, padding: 1, using: &g)
        let x = Tensor.gaussian([2, 2, 4, 4], using: &g)
        let check = gradientCheck(conv.parameters + [x], tolerance: 1e-5) { (conv(x) * conv(x)).sum() }
        #expect(check.passed, "\(check)")
    }

    @Test func channelMismatchNamesBothShapes() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor.conv2d(Tensor.zeros([2, 3, 8, 8]), Tensor.zeros([4, 1, 3, 3]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("conv2d: input [2, 3, 8, 8] and weight [4, 1, 3, 3]: the input has 3 channels but the weight expects 1"))
            #expect(text.contains("Conv2dTests.swift"))
        }
    }

    @Test func wrongRankAndOversizedKernelNameTheShapes() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor.conv2d(Tensor.zeros([8, 8]), Tensor.zeros([4, 1, 3, 3]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("conv2d: input must be [N, C, H, W] (or one image [C, H, W]); got input [8, 8] and weight [4, 1, 3, 3]"))
        }
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var g = RandomGenerator(seed: 0)
            _ = Conv2d(1, 4, 5, padding: 1, using: &g)(Tensor.zeros([1, 1, 2, 2]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("Conv2d: kernel 5×5 is larger than the padded input 4×4 (input [1, 1, 2, 2] and weight [4, 1, 5, 5], padding 1)"))
        }
    }
}

@Suite struct Conv2dEdgeCaseTests {
    @Test func inputGradientWithAFixedKernel() {
        var g = RandomGenerator(seed: 6)
        let x = Tensor.gaussian([1, 2, 4, 5], using: &g)
        let w = Tensor.gaussian([2, 2, 3, 3], using: &g)
        let check = gradientCheck([x], step: 1e-3) { Tensor.conv2d(x, w, stride: 2, padding: 1).squared().sum() }
        #expect(check.passed, "\(check)")
        #expect(w.grad == nil)
    }

    @Test func anEmptyBatchGivesAnEmptyOutput() {
        let out = Tensor.conv2d(Tensor.zeros([0, 1, 5, 5]), Tensor.zeros([2, 1, 3, 3]))
        #expect(out.shape == [0, 2, 3, 3] && out.count == 0)
    }
}
