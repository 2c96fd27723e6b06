import Testing
@testable import NN

/// Pooling's ceilMode and countIncludePad, against PyTorch's rules worked by hand.
@Suite struct PoolingOptionTests {
    let x = Tensor.arange(1, 10).view(1, 1, 3, 3)   // [[1, 2, 3], [4, 5, 6], [7, 8, 9]]

    @Test func ceilModeKeepsThePartialWindows() {
        #expect(Tensor.maxPool2d(x, kernelSize: 2).shape == [1, 1, 1, 1])
        let maxima = Tensor.maxPool2d(x, kernelSize: 2, ceilMode: true)
        #expect(maxima.shape == [1, 1, 2, 2] && maxima.scalars == [5, 6, 8, 9])
        // The divisor of a partial window is its area inside the image: 9/1, (3 + 6)/2, (7 + 8)/2.
        #expect(Tensor.avgPool2d(x, kernelSize: 2, ceilMode: true).scalars == [3, 4.5, 7.5, 9])
        #expect(MaxPool2d(2, ceilMode: true)(x).equal(maxima))
        #expect(MaxPool2d(2, ceilMode: true).description == "MaxPool2d(kernel 2×2, stride 2, padding 0, ceilMode)")
        // No window may start in the right padding: n = 4, k = 3, s = 2, p = 1 gives 3, not 4 … nor 2.
        #expect(SlidingWindow.outputSize(4, kernel: 3, stride: 2, padding: 1, ceilMode: true) == 3)
        #expect(SlidingWindow.outputSize(4, kernel: 2, stride: 2, padding: 1, ceilMode: true) == 3)
        #expect(SlidingWindow.outputSize(5, kernel: 2, stride: 2, padding: 1, ceilMode: true) == 3)
        #expect(SlidingWindow.outputSize(4, kernel: 3, stride: 2, padding: 1) == 2)
    }

    @Test func paddingInTheDivisorOrNot() {
        let ones = Tensor.ones([1, 1, 4, 4])
        let counted = Tensor.avgPool2d(ones, kernelSize: 3, stride: 2, padding: 1, ceilMode: true)
        #expect(counted.shape == [1, 1, 3, 3])
        // Corner (0, 0): 4 image values over 3×3; the last corner: 1 value over the 2×2 left inside the padded image.
        #expect(counted.scalars[0] == 4.0 / 9 && counted.scalars[8] == 1.0 / 4)
        let notCounted = AvgPool2d(3, stride: 2, padding: 1, ceilMode: true, countIncludePad: false)(ones)
        #expect(notCounted.scalars == [Double](repeating: 1, count: 9))
    }

    @Test func gradientsMatchFiniteDifferences() {
        var g = RandomGenerator(seed: 1)
        let t = Tensor.gaussian([2, 2, 5, 5], using: &g)
        #expect(gradientCheck([t]) { LayerTestSupport.weightedSum(Tensor.maxPool2d(t, kernelSize: 2, ceilMode: true)) }.passed)
        #expect(gradientCheck([t]) {
            LayerTestSupport.weightedSum(Tensor.avgPool2d(t, kernelSize: 3, stride: 2, padding: 1, ceilMode: true))
        }.passed)
        #expect(gradientCheck([t]) {
            LayerTestSupport.weightedSum(Tensor.avgPool2d(t, kernelSize: 2, padding: 1, countIncludePad: false))
        }.passed)
    }
}

/// Convolution's dilation and groups, against the definition written as loops.
@Suite struct ConvolutionOptionTests {
    /// out[n, o, y, x] = b[o] + Σ w[o, c, i, j]·in[n, g·C/G + c, y·s − p + i·d, x·s − p + j·d], 0 outside.
    static func naive(_ x: Tensor, _ w: Tensor, _ b: Tensor, stride s: Int, padding p: Int, dilation d: Int, groups: Int) -> Tensor {
        let (n, cIn, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (o, cg, kh, kw) = (w.shape[0], w.shape[1], w.shape[2], w.shape[3])
        let oh = (h + 2 * p - d * (kh - 1) - 1) / s + 1, ow = (wd + 2 * p - d * (kw - 1) - 1) / s + 1
        var out: [Double] = []
        for batch in 0..<n {
            for filter in 0..<o {
                let group = filter / (o / groups)
                for y in 0..<oh {
                    for xx in 0..<ow {
                        var sum = b.scalars[filter]
                        for c in 0..<cg {
                            for i in 0..<kh {
                                for j in 0..<kw {
                                    let (row, col) = (y * s - p + i * d, xx * s - p + j * d)
                                    guard row >= 0 && row < h && col >= 0 && col < wd else { continue }
                                    let input = x.scalars[((batch * cIn + group * cg + c) * h + row) * wd + col]
                                    sum += w.scalars[((filter * cg + c) * kh + i) * kw + j] * input
                                }
                            }
                        }
                        out.append(sum)
                    }
                }
            }
        }
        return Tensor(scalars: out, shape: [n, o, oh, ow])
    }

    @Test func dilationAndGroupsMatchTheDefinition() {
        var g = RandomGenerator(seed: 2)
        let x = Tensor.gaussian([2, 4, 7, 6], using: &g)
        for (dilation, groups, stride, padding) in [(2, 1, 1, 0), (1, 2, 1, 1), (3, 4, 2, 2), (2, 2, 2, 1)] {
            let w = Tensor.gaussian([4, 4 / groups, 3, 2], using: &g), b = Tensor.gaussian([4], using: &g)
            let y = Tensor.conv2d(x, w, b, stride: stride, padding: padding, dilation: dilation, groups: groups)
            let expected = Self.naive(x, w, b, stride: stride, padding: padding, dilation: dilation, groups: groups)
            #expect(y.shape == expected.shape && y.allClose(expected, relative: 1e-12),
                    "dilation \(dilation), groups \(groups)")
        }
        #expect(Tensor.conv2d(x, Tensor.ones([4, 4, 3, 3]), dilation: 2).shape == [2, 4, 3, 2])
    }

    @Test func layerAndGradients() {
        var g = RandomGenerator(seed: 3)
        let depthwise = Conv2d(3, 6, 3, padding: 2, dilation: 2, groups: 3, using: &g)
        #expect(depthwise.weight.shape == [6, 1, 3, 3])
        #expect(depthwise.description == "Conv2d(3 → 6, kernel 3×3, stride 1, padding 2, dilation 2, groups 3)")
        let x = Tensor.gaussian([2, 3, 5, 5], using: &g)
        #expect(depthwise(x).shape == [2, 6, 5, 5])
        #expect(gradientCheck([x] + depthwise.parameters) { LayerTestSupport.weightedSum(depthwise(x)) }.passed)
        let given = Conv2d(weight: depthwise.weight.detach(), bias: depthwise.bias!.detach(), padding: 2, dilation: 2, groups: 3)
        #expect(given(x).equal(depthwise(x)))
        // One image [C, H, W] works too.
        #expect(depthwise(x[0]).equal(depthwise(x)[0]))
    }
}
