import Testing
@testable import NN

@Suite struct DropoutTests {
    let count = 200_000

    @Test func invertedDropoutKeepsTheExpectationWhileTraining() {
        let drop = Dropout(0.3, seed: 11)
        let y = drop(Tensor.ones([count]))
        let mean = y.scalars.reduce(0, +) / Double(count)
        #expect(abs(mean - 1) < 0.01)
        let dropped = Double(y.scalars.filter { $0 == 0 }.count) / Double(count)
        #expect(abs(dropped - 0.3) < 0.01)
        #expect(y.scalars.allSatisfy { $0 == 0 || abs($0 - 1 / 0.7) < 1e-12 })
    }

    @Test func invertedDropoutIsTheIdentityInEvaluation() {
        let drop = Dropout(0.3, seed: 11)
        drop.eval()
        let x: Tensor = [1, -2, 3]
        #expect(drop(x).scalars == [1, -2, 3])
    }

    @Test func classicDropoutScalesAtTestTime() {
        let drop = Dropout(0.3, scaling: .atTest, seed: 12)
        let x = Tensor.full([count], 2)
        let trained = drop(x)
        // Training keeps the kept values as they are.
        #expect(trained.scalars.allSatisfy { $0 == 0 || $0 == 2 })
        let trainedMean = trained.scalars.reduce(0, +) / Double(count)
        drop.eval()
        let tested = drop(x)
        #expect(tested.scalars.allSatisfy { abs($0 - 1.4) < 1e-12 })
        #expect(abs(trainedMean / 1.4 - 1) < 0.01)
    }

    @Test func edgeProbabilities() {
        let x: Tensor = [1, -2, 3, 4]
        let none = Dropout(0, seed: 1)
        #expect(none(x).scalars == x.scalars)
        for scaling in [Dropout.Scaling.inverted, .atTest] {
            let all = Dropout(1, scaling: scaling, seed: 1)
            let input = Tensor(scalars: [1, -2, 3, 4], shape: [4], requiresGrad: true)
            let y = all(input)
            #expect(y.scalars == [0, 0, 0, 0])
            y.sum().backward()
            #expect(input.grad?.scalars == [0, 0, 0, 0])
            all.eval()
            #expect(all(x).scalars == (scaling == .inverted ? x.scalars : [Double](repeating: 0, count: 4)))
        }
    }

    @Test func masksAreDeterministicForASeedAndChangeBetweenCalls() {
        let a = Dropout(0.5, seed: 7), b = Dropout(0.5, seed: 7)
        let x = Tensor.ones([64])
        let first = a(x).scalars
        #expect(first == b(x).scalars)
        #expect(a(x).scalars != first)
        var g1 = RandomGenerator(seed: 9), g2 = RandomGenerator(seed: 9)
        #expect(Dropout(0.5, using: &g1)(x).scalars == Dropout(0.5, using: &g2)(x).scalars)
    }

    @Test func gradientIsTheMaskTimesTheScale() {
        let drop = Dropout(0.4, seed: 3)
        var g = RandomGenerator(seed: 4)
        let x = Tensor.gaussian([3, 5], using: &g)
        let check = gradientCheck([x]) {
            drop.generator = RandomGenerator(seed: 3)   // the same mask on every evaluation
            return LayerTestSupport.weightedSum(drop(x))
        }
        #expect(check.passed, "\(check)")
        drop.generator = RandomGenerator(seed: 3)
        x.requiresGrad = true
        let y = drop(x)
        y.sum().backward()
        for (value, grad) in zip(y.scalars, x.grad!.scalars) { #expect(grad == (value == 0 ? 0 : 1 / 0.6)) }
        drop.eval()
        let atTest = Dropout(0.4, scaling: .atTest, seed: 3)
        atTest.eval()
        #expect(gradientCheck([x]) { LayerTestSupport.weightedSum(atTest(x)) }.passed)
    }

    @Test func probabilityOutsideTheUnitIntervalIsRefused() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Dropout(1.5, seed: 1)
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("Dropout: the drop probability must be in [0, 1], got 1.5"))
        }
    }
}
