/// Splits a data set at random into a training part and a test part.
///
/// The test part has ⌈testFraction · N⌉ examples (scikit-learn's rounding), both parts in random order.
/// With `stratified: true` (labelled data only) each class is split on its own, ⌈testFraction · n_c⌉
/// of its n_c examples going to the test part, so both parts keep the class proportions.
///
///     let (train, test) = trainTestSplit(data, testFraction: 0.2, seed: 1)
public func trainTestSplit(_ dataset: Dataset, testFraction: Double, stratified: Bool = false,
                           using generator: inout RandomGenerator,
                           file: StaticString = #fileID, line: UInt = #line) -> (train: Dataset, test: Dataset) {
    if !(testFraction >= 0 && testFraction <= 1) {
        EngineFailure.fail("trainTestSplit", "test fraction must lie in 0...1, got \(testFraction)", file: file, line: line)
    }
    func testCount(_ n: Int) -> Int { Int((testFraction * Double(n) - 1e-9).rounded(.up)).clamped(0, n) }
    var testIndices: [Int] = [], trainIndices: [Int] = []
    if stratified {
        if !dataset.hasLabels {
            EngineFailure.fail("trainTestSplit", "a stratified split needs class labels; this data set has tensor targets",
                               file: file, line: line)
        }
        var byClass: [Int: [Int]] = [:]
        for (i, label) in dataset.labels.enumerated() { byClass[label, default: []].append(i) }
        for label in byClass.keys.sorted() {
            let members = byClass[label]!
            let shuffled = generator.permutation(members.count).map { members[$0] }
            let k = testCount(members.count)
            testIndices += shuffled[..<k]
            trainIndices += shuffled[k...]
        }
        testIndices = generator.permutation(testIndices.count).map { testIndices[$0] }
        trainIndices = generator.permutation(trainIndices.count).map { trainIndices[$0] }
    } else {
        let order = generator.permutation(dataset.count)
        let k = testCount(dataset.count)
        testIndices = Array(order[..<k])
        trainIndices = Array(order[k...])
    }
    return (dataset.subset(trainIndices, file: file, line: line), dataset.subset(testIndices, file: file, line: line))
}

/// Splits a data set at random, reproducibly from `seed`.
public func trainTestSplit(_ dataset: Dataset, testFraction: Double, stratified: Bool = false, seed: UInt64,
                           file: StaticString = #fileID, line: UInt = #line) -> (train: Dataset, test: Dataset) {
    var generator = RandomGenerator(seed: seed)
    return trainTestSplit(dataset, testFraction: testFraction, stratified: stratified, using: &generator,
                          file: file, line: line)
}

/// Splits a data set at random, drawing from the default generator.
public func trainTestSplit(_ dataset: Dataset, testFraction: Double, stratified: Bool = false,
                           file: StaticString = #fileID, line: UInt = #line) -> (train: Dataset, test: Dataset) {
    Random.withGenerator {
        trainTestSplit(dataset, testFraction: testFraction, stratified: stratified, using: &$0, file: file, line: line)
    }
}

private extension Int {
    func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(Swift.max(self, low), high) }
}
