import Testing
@testable import NN

@Suite struct PoolingTests {
    // One 4×4 image with distinct values.
    let x = Tensor(scalars: [1, 3, 2, 0,
                             4, 2, 8, 1,
                             0, 5, 3, 9,
                             7, 6, 2, 4], shape: [1, 1, 4, 4])

    @Test func maxPoolTakesTheLargestOfEachWindowAndRoutesTheGradientThere() {
        let x = self.x
        x.requiresGrad = true
        let y = Tensor.maxPool2d(x, kernelSize: 2)
        #expect(y.shape == [1, 1, 2, 2])
        #expect(y.scalars == [4, 8, 7, 9])
        (y * Tensor(scalars: [1, 2, 3, 4], shape: [1, 1, 2, 2])).sum().backward()
        #expect(x.grad?.scalars == [0, 0, 0, 0,
                                    1, 0, 2, 0,
                                    0, 0, 0, 4,
                                    3, 0, 0, 0])
    }

    @Test func overlappingMaxWindowsAccumulateGradients() {
        let x = self.x
        x.requiresGrad = true
        let y = Tensor.maxPool2d(x, kernelSize: 2, stride: 1)
        #expect(y.scalars == [4, 8, 8, 5, 8, 9, 7, 6, 9])
        y.sum().backward()
        // 8 wins three windows, 9 two.
        #expect(x.grad?.scalars == [0, 0, 0, 0, 1, 0, 3, 0, 0, 1, 0, 2, 1, 1, 0, 0])
        let weights = y.detach()
        #expect(gradientCheck([x]) { (Tensor.maxPool2d(x, kernelSize: 2, stride: 1) * weights).sum() }.passed)
    }

    @Test func maxPoolPadsWithMinusInfinityAndKeepsNaN() {
        // Padding 1 around a 2×2 image, 2×2 windows with stride 2: each window holds one real value.
        let small = Tensor(scalars: [-1, -2, -3, -4], shape: [1, 1, 2, 2])
        #expect(Tensor.maxPool2d(small, kernelSize: 2, padding: 1).scalars == [-1, -2, -3, -4])
        let withNaN = Tensor(scalars: [1, .nan, 3, 4], shape: [1, 2, 2])
        let y = Tensor.maxPool2d(withNaN, kernelSize: 2)
        #expect(y.shape == [1, 1, 1] && y.scalars[0].isNaN)
    }

    @Test func tiesSendTheGradientToTheFirstMaximumAndNaNWinsOnEveryPath() {
        for stride in [1, 2] {   // stride 2 takes the 2×2 fast path, stride 1 the general one
            let flat = Tensor(scalars: [5, 5, 1, 5, 5, 1], shape: [1, 1, 2, 3])
            flat.requiresGrad = true
            Tensor.maxPool2d(flat, kernelSize: 2, stride: stride).sum().backward()
            #expect(flat.grad?.scalars == (stride == 1 ? [1, 1, 0, 0, 0, 0] : [1, 0, 0, 0, 0, 0]))
            let withNaN = Tensor(scalars: [1, 2, 3, 4, .nan, 0], shape: [1, 1, 2, 3])
            let y = Tensor.maxPool2d(withNaN, kernelSize: 2, stride: stride)
            #expect(y.scalars.allSatisfy { $0.isNaN }, "stride \(stride)")
        }
    }

    @Test func avgPoolAveragesEachWindow() {
        let y = Tensor.avgPool2d(x, kernelSize: 2)
        #expect(y.scalars == [2.5, 2.75, 4.5, 4.5])
        // Padding counts as zeros: the corner window of a padded 3×3 average sees one value of nine.
        let padded = Tensor.avgPool2d(x, kernelSize: 3, stride: 3, padding: 1)
        #expect(padded.shape == [1, 1, 2, 2])
        #expect(padded.scalars[0] == 10.0 / 9)
    }

    @Test func poolingGradientsMatchFiniteDifferences() {
        var g = RandomGenerator(seed: 5)
        let x = Tensor.gaussian([2, 3, 5, 6], using: &g)
        for (k, s, p) in [(2, 2, 0), (3, 2, 1), (2, 1, 1), (3, 1, 0)] {
            let shape = Tensor.avgPool2d(x, kernelSize: k, stride: s, padding: p).shape
            let r = Tensor.gaussian(shape, using: &g)
            // Average pooling is linear: a large step is exact and avoids round-off.
            #expect(gradientCheck([x], step: 1e-3) { (Tensor.avgPool2d(x, kernelSize: k, stride: s, padding: p) * r).sum() }.passed)
            #expect(gradientCheck([x]) { (Tensor.maxPool2d(x, kernelSize: k, stride: s, padding: p) * r).sum() }.passed)
        }
    }

    @Test func layersWrapTheFunctions() {
        let images = Tensor.zeros([32, 8, 28, 28])
        #expect(MaxPool2d(2)(images).shape == [32, 8, 14, 14])
        #expect(AvgPool2d(3, stride: 2, padding: 1)(images).shape == [32, 8, 14, 14])
        #expect(MaxPool2d(2).parameters.isEmpty)
        #expect(MaxPool2d(2).description == "MaxPool2d(kernel 2×2, stride 2, padding 0)")
        #expect(AvgPool2d(2)(x).scalars == [2.5, 2.75, 4.5, 4.5])
    }

    @Test func badInputNamesTheShape() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor.maxPool2d(Tensor.zeros([4, 4]), kernelSize: 2)
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("maxPool2d: input must be [N, C, H, W] (or one image [C, H, W]); got shape [4, 4]"))
            #expect(text.contains("PoolingTests.swift"))
        }
    }
}
