import Testing
@testable import NN

@Suite struct AugmentationTests {
    /// [N, C, H, W] images whose values 1, 2, 3, … are all distinct and non-zero.
    func numbered(_ shape: [Int]) -> Tensor {
        Tensor(unchecked: (1...shape.reduce(1, *)).map(Double.init), shape)
    }

    @Test func flippingAKnownImageMirrorsEachRow() {
        var g = RandomGenerator(seed: 0)
        let image: Tensor = [[[1, 2, 3], [4, 5, 6]]]                  // [1, 2, 3]
        let flipped = RandomHorizontalFlip(probability: 1)(image, using: &g)
        #expect(flipped.scalars == [3, 2, 1, 6, 5, 4])
        #expect(RandomHorizontalFlip(probability: 0)(image, using: &g).scalars == image.scalars)
    }

    @Test func flippingTwiceIsTheIdentity() {
        var g = RandomGenerator(seed: 1)
        let x = numbered([5, 2, 3, 4])
        let flip = RandomHorizontalFlip(probability: 1)
        #expect(flip(flip(x, using: &g), using: &g).scalars == x.scalars)
    }

    @Test func halfOfTheImagesAreFlippedEachOnItsOwn() {
        var g = RandomGenerator(seed: 2)
        let x = numbered([200, 1, 1, 2])
        let y = RandomHorizontalFlip()(x, using: &g)
        let flipped = (0..<200).filter { y.scalars[2 * $0] != x.scalars[2 * $0] }.count
        #expect(flipped > 70 && flipped < 130)
        for n in 0..<200 {                                            // both channels of an image move together
            let pair = Array(y.scalars[(2 * n)..<(2 * n + 2)])
            #expect(pair == [Double(2 * n + 1), Double(2 * n + 2)] || pair == [Double(2 * n + 2), Double(2 * n + 1)])
        }
    }

    /// The image moved down by dy and right by dx, zeros where nothing moved in.
    func shifted(_ image: [Double], h: Int, w: Int, channels: Int, dy: Int, dx: Int) -> [Double] {
        var out = [Double](repeating: 0, count: image.count)
        for c in 0..<channels { for y in 0..<h { for x in 0..<w {
            let (sy, sx) = (y - dy, x - dx)
            if sy >= 0 && sy < h && sx >= 0 && sx < w { out[c * h * w + y * w + x] = image[c * h * w + sy * w + sx] }
        } } }
        return out
    }

    @Test func randomCropShiftsContentByAnOffsetWithinThePadding() {
        var g = RandomGenerator(seed: 3)
        let (n, c, h, w, k) = (30, 2, 5, 6, 2)
        let x = numbered([n, c, h, w])
        let y = RandomCrop(padding: k)(x, using: &g)
        #expect(y.shape == x.shape)
        var offsets = Set<[Int]>()
        for i in 0..<n {
            let input = Array(x.scalars[(i * c * h * w)..<((i + 1) * c * h * w)])
            let output = Array(y.scalars[(i * c * h * w)..<((i + 1) * c * h * w)])
            let matches = (-k...k).flatMap { dy in (-k...k).map { dx in [dy, dx] } }
                .filter { shifted(input, h: h, w: w, channels: c, dy: $0[0], dx: $0[1]) == output }
            #expect(matches.count == 1)
            offsets.formUnion(matches)
        }
        #expect(offsets.count > 10)                                   // many of the 25 offsets occur
        #expect(RandomCrop(padding: 0)(x, using: &g).scalars == x.scalars)
    }

    @Test func randomCropPadsWithTheFillValue() {
        var g = RandomGenerator(seed: 4)
        let x = Tensor.zeros([40, 1, 3, 3])
        let y = RandomCrop(padding: 1, fill: -1)(x, using: &g)
        #expect(Set(y.scalars) == [0, -1])
        for i in 0..<40 { #expect(y.scalars[(9 * i)..<(9 * i + 9)].filter { $0 == 0 }.count >= 4) }
    }

    @Test func randomErasingSetsExactlyOneRectangle() {
        var g = RandomGenerator(seed: 5)
        let (n, c, h, w) = (25, 3, 8, 10)
        let x = numbered([n, c, h, w])
        let y = RandomErasing(probability: 1, scale: 0.05...0.3, value: -5)(x, using: &g)
        for i in 0..<n {
            var erased: [(Int, Int)] = []
            for ch in 0..<c { for row in 0..<h { for col in 0..<w {
                let at = ((i * c + ch) * h + row) * w + col
                if y.scalars[at] == -5 { if ch == 0 { erased.append((row, col)) } } else { #expect(y.scalars[at] == x.scalars[at]) }
                if ch > 0 { #expect((y.scalars[at] == -5) == (y.scalars[at - ch * h * w] == -5)) }  // same in every channel
            } } }
            let rows = erased.map(\.0), cols = erased.map(\.1)
            let (top, bottom, left, right) = (rows.min()!, rows.max()!, cols.min()!, cols.max()!)
            #expect(erased.count == (bottom - top + 1) * (right - left + 1))   // filled box = exactly one rectangle
            let fraction = Double(erased.count) / Double(h * w)
            #expect(fraction > 0.02 && fraction < 0.45)
        }
        #expect(RandomErasing(probability: 0)(x, using: &g).scalars == x.scalars)
    }

    @Test func theSameSeedGivesTheSameImages() {
        let augment = Compose(RandomHorizontalFlip(), RandomCrop(padding: 2), RandomErasing(probability: 0.7))
        let x = numbered([16, 1, 8, 8])
        var g1 = RandomGenerator(seed: 6), g2 = RandomGenerator(seed: 6), g3 = RandomGenerator(seed: 7)
        let a = augment(x, using: &g1), b = augment(x, using: &g2), c = augment(x, using: &g3)
        #expect(a.scalars == b.scalars)
        #expect(a.scalars != c.scalars)
        #expect(a.shape == [16, 1, 8, 8])
    }

    @Test func gradientsFlowBackToTheKeptPixels() {
        let x = numbered([2, 1, 3, 3]) / 10
        let augment = Compose(RandomHorizontalFlip(), RandomCrop(padding: 1), RandomErasing(probability: 1, scale: 0.1...0.2))
        let check = gradientCheck([x]) {
            var g = RandomGenerator(seed: 8)                          // the same draws on every evaluation
            return augment(x, using: &g).squared().sum()
        }
        #expect(check.passed)
        #expect(check.analytic.contains(0) && check.analytic.contains { $0 != 0 })
    }

    @Test func singleImagesAndPlainMatricesAreAccepted() {
        var g = RandomGenerator(seed: 9)
        #expect(RandomHorizontalFlip(probability: 1)(Tensor([[1, 2], [3, 4]]), using: &g).scalars == [2, 1, 4, 3])
        let rgb = numbered([3, 4, 4])
        let flipped = RandomHorizontalFlip(probability: 1)(rgb, using: &g)
        #expect(flipped[0, 0].scalars == [4, 3, 2, 1] && flipped[2, 3].scalars == [48, 47, 46, 45])
    }

    @Test func aFlatBatchIsRejectedWithItsShape() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var g = RandomGenerator(seed: 0)
            _ = RandomCrop(padding: 1)(Tensor.zeros([4]), using: &g)
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("RandomCrop: needs images of shape [N, C, H, W], [C, H, W] or [H, W]; got [4]"))
            #expect(text.contains("AugmentationTests.swift"))
        }
    }
}
