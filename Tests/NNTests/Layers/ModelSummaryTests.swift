import Testing
@testable import NN

@Suite struct ModelSummaryTests {
    func mlp(_ g: inout RandomGenerator) -> Sequential {
        Sequential {
            Linear(784, 128, using: &g); LayerTestSupport.Squash()
            Linear(128, 64, using: &g); LayerTestSupport.Squash()
            Linear(64, 10, using: &g)
        }
    }

    @Test func mlpSummaryTotals() {
        var g = RandomGenerator(seed: 1)
        let summary = mlp(&g).summary(input: [1, 784])
        #expect(summary.totalParameters == 109_386)
        #expect(summary.trainableParameters == 109_386)
        #expect(summary.outputShape == [1, 10])
        #expect(summary.rows.map(\.outputShape) == [[1, 128], [1, 128], [1, 64], [1, 64], [1, 10]])
        #expect(summary.rows.map(\.parameterCount) == [100_480, 0, 8_256, 0, 650])
    }

    @Test func snapshotOfANestedModel() {
        var g = RandomGenerator(seed: 2)
        let model = Sequential {
            Flatten()
            Linear(12, 16, using: &g)
            BatchNorm1d(16)
            Residual {
                Linear(16, 16, using: &g)
                LayerTestSupport.Squash()
            }
            Sequential { Dropout(0.5, seed: 3); Linear(16, 4, using: &g) }
        }
        model[1].parameters.forEach { $0.requiresGrad = false }
        #expect(model.summary(input: [2, 3, 4]).description == """
            Layer         Output shape   Parameters
            =======================================
            Input         [2, 3, 4]
            Flatten       [2, 12]                 0
            Linear        [2, 16]               208
            BatchNorm1d   [2, 16]                32
            Residual      [2, 16]               272
              Linear      [2, 16]               272
              Squash      [2, 16]                 0
            Sequential    [2, 4]                 68
              Dropout     [2, 16]                 0
              Linear      [2, 4]                 68
            =======================================
            Total parameters: 580
            Trainable parameters: 372
            """)
    }

    @Test func summaryLeavesModesStatisticsAndRandomnessAlone() {
        var g = RandomGenerator(seed: 3)
        let drop = Dropout(0.5, seed: 4), bn = BatchNorm1d(4)
        let model = Sequential { Linear(3, 4, using: &g); bn; drop }
        drop.isTraining = false
        let before = drop.generator
        _ = model.summary(input: [1, 3])
        #expect(model.isTraining && bn.isTraining && !drop.isTraining)
        #expect(bn.runningMean.scalars == [0, 0, 0, 0] && bn.runningVariance.scalars == [1, 1, 1, 1])
        var after = drop.generator, replay = before
        #expect(after.next() == replay.next())
    }

    @Test func aSingleLayerIsItsOwnRow() {
        var g = RandomGenerator(seed: 5)
        let summary = Linear(3, 2, using: &g).summary(input: [3])
        #expect(summary.rows == [.init(depth: 0, name: "Linear", outputShape: [2], parameterCount: 8)])
    }

    @Test func namesDefaultToTheTypeName() {
        #expect(Sequential([]).name == "Sequential")
        #expect(Dropout(0.1, seed: 1).name == "Dropout")
        #expect(LayerTestSupport.Squash().name == "Squash")
        #expect(groupedDigits(1_234_567) == "1,234,567")
        #expect(groupedDigits(999) == "999")
    }
}
