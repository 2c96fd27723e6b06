import Testing
@testable import NN

@Suite struct DataLoaderTests {
    /// Ten examples whose single feature equals their index, labelled index % 3.
    func numbered(_ n: Int = 10) -> Dataset {
        Dataset(features: Tensor(unchecked: (0..<n).map(Double.init), [n, 1]), labels: (0..<n).map { $0 % 3 })
    }

    @Test func batchesCoverEveryExampleOnceWithTheLastOneSmaller() {
        let loader = DataLoader(numbered(), batchSize: 4, seed: 3)
        let batches = Array(loader)
        #expect(batches.map(\.count) == [4, 4, 2])
        #expect(loader.batchCount == 3)
        let seen = batches.flatMap(\.features.scalars).map(Int.init)
        #expect(seen.sorted() == Array(0..<10))
        #expect(seen != Array(0..<10))                                      // shuffled
        for batch in batches {                                              // labels travel with their features
            #expect(batch.labels == batch.features.scalars.map { Int($0) % 3 })
            #expect(batch.features.shape == [batch.count, 1])
        }
    }

    @Test func dropLastLeavesOutTheIncompleteBatch() {
        let loader = DataLoader(numbered(), batchSize: 4, dropLast: true, seed: 3)
        #expect(Array(loader).map(\.count) == [4, 4])
        #expect(loader.batchCount == 2)
        #expect(Array(DataLoader(numbered(8), batchSize: 4, dropLast: true, seed: 3)).count == 2)
    }

    @Test func withoutShufflingBatchesComeInStoredOrder() {
        let loader = DataLoader(numbered(), batchSize: 3, shuffle: false, seed: 0)
        #expect(Array(loader).map(\.features.scalars) == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]])
    }

    @Test func eachEpochIsReshuffledAndDependsOnlyOnSeedAndEpoch() {
        let a = DataLoader(numbered(), batchSize: 10, seed: 42)
        let epochs = (0..<3).map { _ in Array(a)[0].features.scalars }
        #expect(a.epoch == 3)
        #expect(epochs[0] != epochs[1] && epochs[1] != epochs[2])
        // A fresh loader with the same seed replays the same epochs, in any order of asking.
        let b = DataLoader(numbered(), batchSize: 10, seed: 42)
        #expect(Array(b.batches(epoch: 2))[0].features.scalars == epochs[2])
        #expect(b.order(epoch: 1).map(Double.init) == epochs[1])
        #expect(b.epoch == 0)
        b.setEpoch(1)
        #expect(Array(b)[0].features.scalars == epochs[1])
        // Another seed gives another order.
        #expect(DataLoader(numbered(), batchSize: 10, seed: 43).order(epoch: 0).map(Double.init) != epochs[0])
    }

    @Test func aLoaderSeededFromAGeneratorIsReproducible() {
        var g1 = RandomGenerator(seed: 5), g2 = RandomGenerator(seed: 5)
        let a = DataLoader(numbered(), batchSize: 2, using: &g1), b = DataLoader(numbered(), batchSize: 2, using: &g2)
        #expect(a.seed == b.seed)
        #expect(Array(a).map(\.labels) == Array(b).map(\.labels))
    }

    @Test func regressionTargetsAreBatchedAlongsideFeatures() {
        let x = Tensor(unchecked: (0..<12).map(Double.init), [6, 2])
        let y = Tensor(unchecked: (0..<6).map { Double($0) * 10 }, [6])
        let loader = DataLoader(Dataset(features: x, targets: y), batchSize: 4, seed: 9)
        for batch in loader {
            #expect(batch.targets.scalars == stride(from: 0, to: batch.count * 2, by: 2).map { batch.features.scalars[$0] * 5 })
        }
    }

    @Test func aTransformIsAppliedPerEpochReproducibly() {
        let images = Dataset(features: Tensor(unchecked: (0..<32).map(Double.init), [2, 1, 4, 4]), labels: [0, 1])
        let flipAll = RandomHorizontalFlip(probability: 1)
        let loader = DataLoader(images, batchSize: 2, shuffle: false, seed: 1, transform: flipAll)
        let batch = Array(loader)[0]
        #expect(Array(batch.features.scalars[0..<4]) == [3, 2, 1, 0])
        let erase = DataLoader(images, batchSize: 2, seed: 1, transform: RandomErasing(probability: 1))
        #expect(Array(erase.batches(epoch: 4))[0].features.scalars == Array(erase.batches(epoch: 4))[0].features.scalars)
    }

    @Test func subsetAndLabelAccess() {
        let data = numbered()
        let part = data.subset([9, 0, 4])
        #expect(part.features.scalars == [9, 0, 4])
        #expect(part.labels == [0, 0, 1])
        #expect(data.classCount == 3)
        #expect(data.targets.scalars == (0..<10).map { Double($0 % 3) })
    }

    @Test func mismatchedCountsNameBothSizes() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Dataset(features: Tensor.zeros([4, 2]), labels: [0, 1, 2])
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("features of shape [4, 2] hold 4 examples but labels hold 3"))
        }
    }
}
