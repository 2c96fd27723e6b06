/// A random transformation of images, for data augmentation: flips, shifts, erasing, or a chain of them.
///
/// Images are [N, C, H, W] (each of the N images gets its own random draw), [C, H, W] (one image,
/// its channels transformed alike) or [H, W]. Randomness comes only from the generator passed in, so
/// the same seed gives the same images.
///
///     var g = RandomGenerator(seed: 1)
///     let augment = Compose(RandomHorizontalFlip(), RandomCrop(padding: 1))
///     let x = augment(batch.features, using: &g)
///
/// The transforms move or overwrite values, so they are recorded for autograd like a gather:
/// gradients flow back to the pixels that were kept.
public protocol Augmentation {
    /// Transforms `images`, drawing random numbers from `generator`.
    func transform(_ images: Tensor, using generator: inout RandomGenerator, file: StaticString, line: UInt) -> Tensor
}

extension Augmentation {
    /// Transforms `images` with randomness from `generator`.
    public func callAsFunction(_ images: Tensor, using generator: inout RandomGenerator,
                               file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        transform(images, using: &generator, file: file, line: line)
    }

    /// Transforms `images` with randomness from the default generator.
    public func callAsFunction(_ images: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        Random.withGenerator { transform(images, using: &$0, file: file, line: line) }
    }
}

/// Applies augmentations one after another, in order.
public struct Compose: Augmentation {
    /// The steps, first applied first.
    public let steps: [any Augmentation]

    public init(_ steps: [any Augmentation]) { self.steps = steps }
    public init(_ steps: any Augmentation...) { self.steps = steps }

    public func transform(_ images: Tensor, using generator: inout RandomGenerator,
                          file: StaticString, line: UInt) -> Tensor {
        steps.reduce(images) { x, step in step.transform(x, using: &generator, file: file, line: line) }
    }
}

/// How a tensor is read as a stack of images: `count` images of `channels` planes of height × width.
struct ImageLayout {
    let count: Int, channels: Int, height: Int, width: Int

    init(_ images: Tensor, operation: String, file: StaticString, line: UInt) {
        let s = images.shape
        switch s.count {
        case 2: (count, channels, height, width) = (1, 1, s[0], s[1])
        case 3: (count, channels, height, width) = (1, s[0], s[1], s[2])
        case 4: (count, channels, height, width) = (s[0], s[1], s[2], s[3])
        default:
            EngineFailure.fail(operation, "needs images of shape [N, C, H, W], [C, H, W] or [H, W]; got \(describe(s))",
                               file: file, line: line)
        }
    }

    /// Values per plane and per image.
    var plane: Int { height * width }
    var image: Int { channels * plane }
}

extension Tensor {
    /// A tensor of this shape whose value i is `self.scalars[sources[i]]`, or `fill` where the source is -1;
    /// gradients are summed back to the sources.
    func gatheringImages(_ sources: [Int], fill: Double, operation: String) -> Tensor {
        let values = [Double](unsafeUninitializedCapacity: sources.count) { out, filled in
            scalars.withUnsafeBufferPointer { x in
                for (i, s) in sources.enumerated() { out[i] = s < 0 ? fill : x[s] }
            }
            filled = sources.count
        }
        return .result(values, shape, operation: operation, inputs: [self]) { [shape, count] g in
            var grad = [Double](repeating: 0, count: count)
            for (i, s) in sources.enumerated() where s >= 0 { grad[s] += g.scalars[i] }
            return [Tensor(unchecked: grad, shape)]
        }
    }
}
