import Foundation
import Testing
@testable import NN

/// A model with named properties, to see the names `stateDictionary` gives.
private final class TwoLayers: Layer {
    let fc1: Linear
    let norm = BatchNorm1d(3)
    let fc2: Linear
    var isTraining = true
    var children: [any Module] { [fc1, norm, fc2] }

    init(seed: UInt64) {
        var g = RandomGenerator(seed: seed)
        fc1 = Linear(2, 3, using: &g)
        fc2 = Linear(3, 1, using: &g)
    }

    func forward(_ input: Tensor) -> Tensor { fc2(norm(fc1(input)).relu()) }
}

@Suite struct StateDictionaryTests {
    @Test func namesArePropertyPathsOrPositions() {
        var g = RandomGenerator(seed: 0)
        let sequential = Sequential { Linear(2, 3, using: &g); ReLU(); BatchNorm1d(3); Linear(3, 1, bias: false, using: &g) }
        #expect(sequential.stateDictionary.map(\.name) == ["0.weight", "0.bias", "2.gamma", "2.beta", "2.runningMean",
                                                           "2.runningVariance", "3.weight"])
        #expect(TwoLayers(seed: 1).stateDictionary.map(\.name) == ["fc1.weight", "fc1.bias", "norm.gamma", "norm.beta",
                                                                   "norm.runningMean", "norm.runningVariance",
                                                                   "fc2.weight", "fc2.bias"])
        let residual = Residual { Linear(2, 2, using: &g) }
        #expect(residual.stateDictionary.map(\.name) == ["body.0.weight", "body.0.bias"])
        let cell = LSTMCell(inputSize: 2, hiddenSize: 3, using: &g)
        #expect(cell.stateDictionary.map(\.name) == ["inputWeight", "hiddenWeight", "bias"])
    }

    @Test func savedParametersLoadIntoAFreshModel() throws {
        let trained = TwoLayers(seed: 1)
        // Train a step so the running statistics are not the initial ones.
        let x = Tensor.arange(8).view(4, 2) / 3
        let sgd = SGD(trained.allParameters, learningRate: 0.1)
        Loss.mse(trained(x), Tensor.ones([4, 1])).backward()
        sgd.step()
        let path = NPZTests.scratchPath("model.npz")
        try trained.saveParameters(to: path)

        let fresh = TwoLayers(seed: 2)
        #expect(!fresh.fc1.weight.equal(trained.fc1.weight))
        let weight = fresh.fc1.weight
        try fresh.loadParameters(from: path)
        #expect(fresh.fc1.weight === weight)
        for (a, b) in zip(fresh.stateDictionary, trained.stateDictionary) {
            #expect(a.name == b.name && a.tensor.equal(b.tensor), "\(a.name)")
        }
        fresh.eval(); trained.eval()
        #expect(fresh(x).equal(trained(x)))
    }

    @Test func aFileForAnotherModelChangesNothing() throws {
        let path = NPZTests.scratchPath("other.npz")
        var g = RandomGenerator(seed: 3)
        try Sequential { Linear(2, 4, using: &g) }.saveParameters(to: path)
        let model = Sequential { Linear(2, 3, using: &g); Linear(3, 1, using: &g) }
        let before = model.stateDictionary.map { $0.tensor.scalars }
        let error = try #require(throws: DataError.self) { try model.loadParameters(from: path) }
        #expect(error.file == path)
        #expect(error.message.contains("missing 1.weight, 1.bias"))
        #expect(error.message.contains("0.weight is [2, 4] in the file but [2, 3] in the model"))
        #expect(model.stateDictionary.map { $0.tensor.scalars } == before)
        let extra = try #require(throws: DataError.self) {
            try model.loadStateDictionary(model.stateDictionary + [("1.gamma", Tensor(1))])
        }
        #expect(extra.message.contains("unexpected 1.gamma"))
    }
}
