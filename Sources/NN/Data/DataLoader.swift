/// Serves a data set in mini-batches, reshuffled every epoch, as a `Sequence` of `Dataset` batches.
///
///     let loader = DataLoader(train, batchSize: 32, seed: 7)
///     for epoch in 0..<10 {
///         for batch in loader { step(model(batch.features), batch.labels) }
///     }
///
/// Each `for` loop over the loader is one epoch. The order of epoch k depends only on the seed and k
/// (epoch k uses a generator seeded from both), so runs repeat exactly and `batches(epoch:)` can
/// replay any epoch. A `transform` (e.g. an augmentation) is applied to each batch's features with
/// that same per-epoch generator, so it is reproducible too.
public final class DataLoader: Sequence {
    /// The examples served.
    public let dataset: Dataset
    /// Examples per batch; the last batch may be smaller unless `dropLast`.
    public let batchSize: Int
    /// Whether each epoch visits the examples in a new random order (otherwise in stored order).
    public let shuffle: Bool
    /// Whether an incomplete last batch is left out.
    public let dropLast: Bool
    /// The seed that, with the epoch number, fixes each epoch's order.
    public let seed: UInt64
    /// Applied to each batch's features, drawing from the epoch's generator.
    public let transform: (any Augmentation)?
    /// The epoch the next `for` loop (`makeIterator()`) will serve; starts at 0.
    public private(set) var epoch = 0

    /// Creates a loader whose shuffling is fixed by `seed`.
    public init(_ dataset: Dataset, batchSize: Int, shuffle: Bool = true, dropLast: Bool = false,
                seed: UInt64, transform: (any Augmentation)? = nil,
                file: StaticString = #fileID, line: UInt = #line) {
        if batchSize < 1 {
            EngineFailure.fail("DataLoader", "batch size must be at least 1, got \(batchSize)", file: file, line: line)
        }
        self.dataset = dataset
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.dropLast = dropLast
        self.seed = seed
        self.transform = transform
    }

    /// Creates a loader whose seed is drawn from `generator`.
    public convenience init(_ dataset: Dataset, batchSize: Int, shuffle: Bool = true, dropLast: Bool = false,
                            transform: (any Augmentation)? = nil, using generator: inout RandomGenerator,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(dataset, batchSize: batchSize, shuffle: shuffle, dropLast: dropLast, seed: generator.next(),
                  transform: transform, file: file, line: line)
    }

    /// Creates a loader whose seed is drawn from the default generator (see `Random.seed`).
    public convenience init(_ dataset: Dataset, batchSize: Int, shuffle: Bool = true, dropLast: Bool = false,
                            transform: (any Augmentation)? = nil,
                            file: StaticString = #fileID, line: UInt = #line) {
        let seed = Random.withGenerator { $0.next() }
        self.init(dataset, batchSize: batchSize, shuffle: shuffle, dropLast: dropLast, seed: seed,
                  transform: transform, file: file, line: line)
    }

    /// The number of batches in one epoch.
    public var batchCount: Int {
        dropLast ? dataset.count / batchSize : (dataset.count + batchSize - 1) / batchSize
    }

    /// The generator of epoch `epoch`: a function of the seed and the epoch number only.
    public func generator(epoch: Int) -> RandomGenerator {
        RandomGenerator(seed: seed ^ (UInt64(truncatingIfNeeded: epoch) &* 0x9E37_79B9_7F4A_7C15 &+ 0xD1B5_4A32_D192_ED03))
    }

    /// The order in which epoch `epoch` visits the examples.
    public func order(epoch: Int) -> [Int] {
        guard shuffle else { return Array(0..<dataset.count) }
        var g = generator(epoch: epoch)
        return g.permutation(dataset.count)
    }

    /// The batches of epoch `epoch`, without advancing `epoch`.
    public func batches(epoch: Int) -> Iterator {
        Iterator(loader: self, epoch: epoch)
    }

    /// Starts the next epoch.
    public func makeIterator() -> Iterator {
        defer { epoch += 1 }
        return batches(epoch: epoch)
    }

    /// Sets the epoch the next loop serves, e.g. to resume training.
    public func setEpoch(_ epoch: Int) { self.epoch = epoch }

    /// Walks one epoch's batches.
    public struct Iterator: IteratorProtocol, Sequence {
        private let loader: DataLoader
        private let order: [Int]
        private var generator: RandomGenerator
        private var start = 0

        init(loader: DataLoader, epoch: Int) {
            self.loader = loader
            generator = loader.generator(epoch: epoch)
            order = loader.shuffle ? generator.permutation(loader.dataset.count) : Array(0..<loader.dataset.count)
        }

        public mutating func next() -> Dataset? {
            let end = Swift.min(start + loader.batchSize, order.count)
            if start >= end || (loader.dropLast && end - start < loader.batchSize) { return nil }
            defer { start = end }
            let batch = loader.dataset.subset(Array(order[start..<end]))
            guard let transform = loader.transform else { return batch }
            return batch.withFeatures(transform(batch.features, using: &generator))
        }
    }
}
