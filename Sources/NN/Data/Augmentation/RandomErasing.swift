import Foundation

/// Overwrites one random rectangle of each image with `value`, with probability `probability`
/// (Zhong et al. 2017, "Random Erasing"; parameters as torchvision's `RandomErasing`).
///
/// For an image that is erased, the rectangle's area is a uniform fraction `scale` of H·W and its
/// aspect ratio h / w is log-uniform in `ratio`; then h = round(√(area·ratio)), w = round(√(area / ratio)),
/// each clamped to 1...H and 1...W (so a rectangle is always erased, unlike torchvision, which retries
/// and may give up), and its top-left corner is uniform among the positions where it fits. All channels
/// of the image are erased in the same rectangle.
public struct RandomErasing: Augmentation {
    /// The chance that an image gets a rectangle erased.
    public let probability: Double
    /// The range of the erased area, as a fraction of the image's area.
    public let scale: ClosedRange<Double>
    /// The range of the aspect ratio h / w.
    public let ratio: ClosedRange<Double>
    /// The value written into the rectangle.
    public let value: Double

    public init(probability: Double = 0.5, scale: ClosedRange<Double> = 0.02...0.33,
                ratio: ClosedRange<Double> = 0.3...3.3, value: Double = 0,
                file: StaticString = #fileID, line: UInt = #line) {
        if !(0...1).contains(probability) || scale.lowerBound < 0 || scale.upperBound > 1 || ratio.lowerBound <= 0 {
            EngineFailure.fail("RandomErasing", "needs probability in 0...1, scale within 0...1 and a positive ratio; "
                               + "got probability \(probability), scale \(scale), ratio \(ratio)", file: file, line: line)
        }
        self.probability = probability
        self.scale = scale
        self.ratio = ratio
        self.value = value
    }

    /// The rectangle (top, left, height, width) for one image of size h × w.
    func rectangle(height h: Int, width w: Int, using generator: inout RandomGenerator) -> (Int, Int, Int, Int) {
        let area = generator.uniform(scale) * Double(h * w)
        let aspect = Foundation.exp(generator.uniform(Foundation.log(ratio.lowerBound)...Foundation.log(ratio.upperBound)))
        let eh = Swift.min(Swift.max(Int((area * aspect).squareRoot().rounded()), 1), h)
        let ew = Swift.min(Swift.max(Int((area / aspect).squareRoot().rounded()), 1), w)
        return (generator.integer(below: h - eh + 1), generator.integer(below: w - ew + 1), eh, ew)
    }

    public func transform(_ images: Tensor, using generator: inout RandomGenerator,
                          file: StaticString, line: UInt) -> Tensor {
        let layout = ImageLayout(images, operation: "RandomErasing", file: file, line: line)
        var sources = Array(0..<images.count)
        guard layout.height > 0 && layout.width > 0 else { return images.gatheringImages(sources, fill: value, operation: "randomErasing") }
        for n in 0..<layout.count where generator.uniform() < probability {
            let (top, left, eh, ew) = rectangle(height: layout.height, width: layout.width, using: &generator)
            for c in 0..<layout.channels {
                let base = n * layout.image + c * layout.plane
                for y in top..<(top + eh) {
                    for x in left..<(left + ew) { sources[base + y * layout.width + x] = -1 }
                }
            }
        }
        return images.gatheringImages(sources, fill: value, operation: "randomErasing")
    }
}
