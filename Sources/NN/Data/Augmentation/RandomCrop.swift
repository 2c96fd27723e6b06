/// Shifts each image by a random offset, filling the uncovered border: pads by `padding` on every
/// side with `fill`, then crops back to H × W at a random position (torchvision's
/// `RandomCrop(size, padding:)` with the original size).
///
/// Each image draws its crop corner (oy, ox) uniformly from 0...2·padding on each axis, so
/// output[y, x] = input[y + oy − padding, x + ox − padding] (or `fill` outside the image): the content
/// moves down by padding − oy and right by padding − ox.
public struct RandomCrop: Augmentation {
    /// The largest shift along each axis, in pixels.
    public let padding: Int
    /// The value of the padding.
    public let fill: Double

    public init(padding: Int, fill: Double = 0, file: StaticString = #fileID, line: UInt = #line) {
        if padding < 0 {
            EngineFailure.fail("RandomCrop", "padding must be at least 0, got \(padding)", file: file, line: line)
        }
        self.padding = padding
        self.fill = fill
    }

    public func transform(_ images: Tensor, using generator: inout RandomGenerator,
                          file: StaticString, line: UInt) -> Tensor {
        let layout = ImageLayout(images, operation: "RandomCrop", file: file, line: line)
        var sources = [Int](repeating: -1, count: images.count)
        let (h, w) = (layout.height, layout.width)
        for n in 0..<layout.count {
            let dy = generator.integer(below: 2 * padding + 1) - padding
            let dx = generator.integer(below: 2 * padding + 1) - padding
            for c in 0..<layout.channels {
                let base = n * layout.image + c * layout.plane
                for y in 0..<h where (0..<h).contains(y + dy) {
                    for x in 0..<w where (0..<w).contains(x + dx) {
                        sources[base + y * w + x] = base + (y + dy) * w + x + dx
                    }
                }
            }
        }
        return images.gatheringImages(sources, fill: fill, operation: "randomCrop")
    }
}
