import Testing
@testable import NN

@Suite struct TrainTestSplitTests {
    func numbered(_ labels: [Int]) -> Dataset {
        Dataset(features: Tensor(unchecked: labels.indices.map(Double.init), [labels.count, 1]), labels: labels)
    }

    @Test func splitsIntoDisjointPartsOfTheRequestedSize() {
        let data = numbered((0..<50).map { $0 % 5 })
        let (train, test) = trainTestSplit(data, testFraction: 0.2, seed: 11)
        #expect(test.count == 10 && train.count == 40)
        let ids = (train.features.scalars + test.features.scalars).map(Int.init)
        #expect(Set(ids).count == 50)
        for part in [train, test] {                          // labels still belong to their examples
            #expect(part.labels == part.features.scalars.map { Int($0) % 5 })
        }
        #expect(trainTestSplit(numbered(Array(repeating: 0, count: 7)), testFraction: 0.25, seed: 1).test.count == 2)  // ⌈1.75⌉
        #expect(trainTestSplit(numbered(Array(repeating: 0, count: 30)), testFraction: 0.1, seed: 1).test.count == 3)
    }

    @Test func theSameSeedGivesTheSameSplit() {
        let data = numbered((0..<40).map { $0 % 4 })
        let a = trainTestSplit(data, testFraction: 0.3, seed: 2), b = trainTestSplit(data, testFraction: 0.3, seed: 2)
        #expect(a.test.features.scalars == b.test.features.scalars)
        #expect(a.test.features.scalars != trainTestSplit(data, testFraction: 0.3, seed: 3).test.features.scalars)
    }

    @Test func stratifiedSplitKeepsClassProportions() {
        // 60 of class 0, 30 of class 1, 10 of class 2.
        let data = numbered(Array(repeating: 0, count: 60) + Array(repeating: 1, count: 30) + Array(repeating: 2, count: 10))
        var g = RandomGenerator(seed: 8)
        let (train, test) = trainTestSplit(data, testFraction: 0.2, stratified: true, using: &g)
        #expect((0..<3).map { c in test.labels.filter { $0 == c }.count } == [12, 6, 2])
        #expect((0..<3).map { c in train.labels.filter { $0 == c }.count } == [48, 24, 8])
        #expect(test.labels != test.labels.sorted())          // classes are mixed, not in blocks
    }

    @Test func regressionDataSplitsItsTargets() {
        let x = Tensor(unchecked: (0..<10).map(Double.init), [10, 1])
        let (train, test) = trainTestSplit(Dataset(features: x, targets: x * 2), testFraction: 0.5, seed: 4)
        #expect(test.targets.scalars == test.features.scalars.map { $0 * 2 })
        #expect(train.count == 5)
    }
}
