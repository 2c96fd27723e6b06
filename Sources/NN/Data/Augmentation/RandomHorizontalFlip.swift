/// Mirrors each image left to right with probability `probability` (torchvision's `RandomHorizontalFlip`).
///
/// Every image draws one uniform number u and is flipped when u < probability.
public struct RandomHorizontalFlip: Augmentation {
    /// The chance that an image is flipped.
    public let probability: Double

    public init(probability: Double = 0.5, file: StaticString = #fileID, line: UInt = #line) {
        if !(0...1).contains(probability) {
            EngineFailure.fail("RandomHorizontalFlip", "probability must lie in 0...1, got \(probability)", file: file, line: line)
        }
        self.probability = probability
    }

    public func transform(_ images: Tensor, using generator: inout RandomGenerator,
                          file: StaticString, line: UInt) -> Tensor {
        let layout = ImageLayout(images, operation: "RandomHorizontalFlip", file: file, line: line)
        var sources = Array(0..<images.count)
        let w = layout.width
        for n in 0..<layout.count where generator.uniform() < probability {
            for row in 0..<(layout.channels * layout.height) {
                let base = n * layout.image + row * w
                for x in 0..<w { sources[base + x] = base + w - 1 - x }
            }
        }
        return images.gatheringImages(sources, fill: 0, operation: "horizontalFlip")
    }
}
