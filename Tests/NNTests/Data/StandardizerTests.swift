import Testing
@testable import NN

@Suite struct StandardizerTests {
    @Test func fittedStatisticsAreThePopulationMeanAndStd() {
        let x: Tensor = [[1, 10], [3, 10], [5, 10]]
        let s = Standardizer(fitting: x)
        #expect(s.mean.scalars == [3, 10])
        #expect(s.scale.allClose(Tensor([(8.0 / 3).squareRoot(), 1])))   // constant column → scale 1
        let z = s.transform(x)
        #expect(z.allClose([[-1.224744871391589, 0], [0, 0], [1.224744871391589, 0]]))
        #expect(z.mean(axis: 0).allClose(Tensor([0, 0]), absolute: 1e-12))
        #expect(s.inverseTransform(z).allClose(x))
    }

    @Test func constantFeaturesNeverGiveNaN() {
        let x: Tensor = [[0.1, -7], [0.1, -7], [0.1, -7], [0.1, -7]]
        let s = Standardizer(fitting: x)
        #expect(s.scale.scalars == [1, 1])
        let z = s.transform(x)
        #expect(z.scalars.allSatisfy { $0.isFinite && Swift.abs($0) < 1e-15 })
        #expect(s.transform(Tensor([[1.1, -5]])).allClose(Tensor([[1, 2]])))
    }

    @Test func testDataUsesTheTrainingStatistics() {
        let s = Standardizer(fitting: [[0], [2]])                        // mean 1, std 1
        #expect(s.transform(Tensor([[5.0]])).scalars == [4])
        let data = Dataset(features: [[0], [4]], labels: [0, 1])
        #expect(s.transform(data).features.scalars == [-1, 3])
        #expect(s.transform(data).labels == [0, 1])
    }

    @Test func imageShapedDataGetsOneStatisticPerPosition() {
        var g = RandomGenerator(seed: 3)
        let x = Tensor.gaussian([20, 2, 3, 3], mean: 5, std: 2, using: &g)
        let s = Standardizer(fitting: x)
        #expect(s.mean.shape == [2, 3, 3])
        let z = s.transform(x)
        #expect(z.variance(axis: 0).allClose(Tensor.ones([2, 3, 3])))
    }

    @Test func transformIsDifferentiable() {
        let s = Standardizer(mean: Tensor([1, 2]), scale: Tensor([2, 4]))
        let x: Tensor = [[0.5, 1], [2, 3]]
        #expect(gradientCheck([x]) { s.transform(x).squared().sum() }.passed)
    }
}
