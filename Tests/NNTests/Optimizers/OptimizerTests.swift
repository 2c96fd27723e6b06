import Testing
@testable import NN

@Suite struct OptimizerTests {
    /// Every optimizer with settings that suit the bowl, and the number of steps it gets.
    static func everyOptimizer(_ p: Tensor) -> [(name: String, optimizer: any Optimizer, steps: Int)] {
        [("SGD", SGD([p], learningRate: 0.09), 200),
         ("SGD momentum", SGD([p], learningRate: 0.02, momentum: 0.9), 200),
         ("SGD average momentum", SGD([p], learningRate: 0.2, momentum: 0.9, momentumStyle: .exponentialAverage), 200),
         ("SGD Nesterov", SGD([p], learningRate: 0.02, momentum: 0.9, nesterov: true), 200),
         ("AdaGrad", AdaGrad([p], learningRate: 0.5), 200),
         ("RMSProp", RMSProp([p], learningRate: 0.1), 200),
         ("Adam", Adam([p], learningRate: 0.05), 200)]
    }

    @Test func everyOptimizerConvergesOnTheIllConditionedBowl() {
        for index in 0..<Self.everyOptimizer(Tensor([0])).count {
            let p = Bowl.parameter([3, -2])
            let (name, optimizer, steps) = Self.everyOptimizer(p)[index]
            let start = Bowl.value(p)
            _ = Bowl.trajectory(optimizer, p, steps: steps)
            let end = Bowl.value(p)
            #expect(end < 1e-6 * start, "\(name) ended at f = \(end)")
        }
    }

    @Test func parametersWithoutAGradientAreLeftAlone() {
        let used = Bowl.parameter([1, 1]), unused = Bowl.parameter([5, 6])
        let optimizers: [any Optimizer] = [SGD([used, unused], learningRate: 0.1, momentum: 0.9),
                                           AdaGrad([used, unused]), RMSProp([used, unused]), Adam([used, unused])]
        for optimizer in optimizers {
            optimizer.zeroGrad()
            Bowl.loss(used).backward()
            optimizer.step()
            #expect(unused.grad == nil)
            #expect(unused.scalars == [5, 6])
        }
        #expect(used.scalars != [1, 1])
        #expect((optimizers[0] as? SGD)?.velocities[1] == [])
        #expect((optimizers[3] as? Adam)?.stepCounts == [1, 0])
    }

    @Test func stepRecordsNothingAndZeroGradClears() {
        let p = Bowl.parameter([1, 1])
        let adam = Adam([p])
        Bowl.loss(p).backward()
        let grad = p.grad?.scalars
        adam.step()
        #expect(p.isLeaf && p.requiresGrad && p.operation == nil)
        #expect(p.grad?.scalars == grad)
        adam.zeroGrad()
        #expect(p.grad == nil)
    }

    @Test func aParameterListedTwiceIsSteppedOnce() {
        let p = Bowl.parameter([1])
        let sgd = SGD([p, p], learningRate: 0.1)
        #expect(sgd.parameters.count == 1)
        (p * p).sum().backward()
        sgd.step()
        #expect(Swift.abs(p.scalars[0] - 0.8) < 1e-15)
    }

    @Test func theLearningRateCanBeChangedBetweenSteps() {
        let p = Bowl.parameter([1])
        let sgd = SGD([p], learningRate: 0.1)
        sgd.learningRate = 0.25
        (p * p).sum().backward()
        sgd.step()
        #expect(p.scalars == [0.5])
    }
}
