import Testing
@testable import NN

@Suite struct SequentialTests {
    @Test func builderSupportsIfElseAndForLoops() {
        var g = RandomGenerator(seed: 1)
        for (useExtra, depth) in [(true, 2), (false, 3)] {
            let model = Sequential {
                Linear(4, 8, using: &g)
                if useExtra { Dropout(0.5, seed: 1) }
                for _ in 0..<depth {
                    Linear(8, 8, using: &g)
                    LayerTestSupport.Squash()
                }
                if useExtra { Flatten() } else { Residual { LayerTestSupport.Squash() } }
                Linear(8, 2, using: &g)
            }
            #expect(model.count == 1 + (useExtra ? 1 : 0) + 2 * depth + 2)
            #expect(model.children.count == model.count)
            #expect(model[0] is Linear)
            #expect((model[model.count - 2] is Flatten) == useExtra)
            #expect((model[model.count - 2] is Residual) == !useExtra)
            #expect(model(Tensor.zeros([3, 4])).shape == [3, 2])
        }
    }

    @Test func builderAcceptsArraysAndEmptyBlocks() {
        var g = RandomGenerator(seed: 2)
        let hidden: [any Layer] = [Linear(3, 3, using: &g), LayerTestSupport.Squash()]
        let model = Sequential { hidden; Linear(3, 1, using: &g) }
        #expect(model.count == 3)
        #expect(model[0] === hidden[0])
        // The default-generator overloads, as a note writes them (only shapes: other tests share that generator).
        let quick = Sequential { Linear(3, 2); LayerTestSupport.Squash(); Dropout(0.2); Linear(2, 1) }
        #expect(quick(Tensor.zeros([5, 3])).shape == [5, 1])
        #expect(quick.parameterCount == 8 + 3)
        let empty = Sequential {}
        let x: Tensor = [1, 2]
        #expect(empty(x) === x)
    }

    @Test func forwardComposesTheLayersInOrder() {
        var g = RandomGenerator(seed: 3)
        let a = Linear(4, 5, using: &g), b = LayerTestSupport.Squash(), c = Linear(5, 2, using: &g)
        let model = Sequential([a, b, c])
        let x = Tensor.gaussian([3, 4], using: &g)
        #expect(model(x).scalars == c(b(a(x))).scalars)
        #expect(model[2] === c)
        let check = gradientCheck([x] + model.allParameters) { LayerTestSupport.weightedSum(model(x)) }
        #expect(check.passed, "\(check)")
    }

    @Test func modesAndParametersReachNestedLayers() {
        var g = RandomGenerator(seed: 4)
        let shared = Linear(2, 2, using: &g)
        let drop = Dropout(0.5, seed: 1)
        let inner = Sequential { shared; drop }
        let model = Sequential { inner; shared }
        #expect(model.allParameters.count == 2)
        #expect(model.parameterCount == 6)
        model.eval()
        #expect(!drop.isTraining && !inner.isTraining && !model.isTraining)
        model.train()
        #expect(drop.isTraining)
    }

    @Test func printsLikeATree() {
        var g = RandomGenerator(seed: 5)
        let model = Sequential {
            Linear(4, 3, using: &g)
            Sequential { LayerTestSupport.Squash(); Dropout(0.1, seed: 2) }
            Linear(3, 1, bias: false, using: &g)
        }
        #expect(model.description == """
            Sequential(
              (0): Linear(4 → 3)
              (1): Sequential(
                (0): Squash
                (1): Dropout(p: 0.1)
              )
              (2): Linear(3 → 1, no bias)
            )
            """)
    }
}
