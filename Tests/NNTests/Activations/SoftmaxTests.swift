import Foundation
import Testing
@testable import NN

@Suite struct SoftmaxTests {
    func gaussian(_ shape: [Int], seed: UInt64) -> Tensor {
        var g = RandomGenerator(seed: seed)
        return Tensor.gaussian(shape, using: &g)
    }

    func entropy(_ p: Tensor) -> Double { -p.scalars.reduce(0) { $0 + ($1 > 0 ? $1 * Foundation.log($1) : 0) } }

    @Test func rowsSumToOne() {
        let x = gaussian([4, 5], seed: 1)
        let p = x.softmax()
        #expect(p.sum(axis: 1).allClose(Tensor.ones([4])))
        #expect(p.scalars.allSatisfy { $0 > 0 && $0 < 1 })
        #expect(x.softmax(axis: 0).sum(axis: 0).allClose(Tensor.ones([5])))
    }

    @Test func handComputedValues() {
        let p = Tensor([0, Foundation.log(2), Foundation.log(5)]).softmax()
        #expect(p.allClose(Tensor([0.125, 0.25, 0.625])))
    }

    @Test func invariantToAddingAConstant() {
        let x = gaussian([3, 4], seed: 2)
        #expect((x + 7).softmax().allClose(x.softmax(), relative: 1e-12))
        #expect((x - 123).logSoftmax().allClose(x.logSoftmax(), relative: 1e-10))
    }

    @Test func stableForLargeInputs() {
        let big: Tensor = [1000, 1001, 1002]
        #expect(!big.softmax().hasNonFinite)
        #expect(big.softmax().allClose(Tensor([0, 1, 2]).softmax(), relative: 1e-12))
        #expect(!Tensor([-1000, 0, 1000]).logSoftmax().hasNonFinite)
        #expect(Tensor([-1000, 0, 1000]).logSoftmax().scalars[0] == -2000)
    }

    @Test func higherTemperatureFlattensLowerSharpens() {
        let x: Tensor = [1, 2, 4, 0.5]
        let entropies = [0.25, 0.5, 1, 2, 5, 50].map { entropy(x.softmax(temperature: $0)) }
        #expect(zip(entropies, entropies.dropFirst()).allSatisfy { $0 < $1 }, "\(entropies)")
        #expect(entropies.last! < Foundation.log(4) && entropies.last! > Foundation.log(4) - 0.01)
        let cold = x.softmax(temperature: 0.01)
        #expect(cold.scalars[2] > 0.999999)
        #expect(cold.allClose(Tensor([0, 0, 1, 0]), relative: 0, absolute: 1e-6))
        #expect(x.softmax(temperature: 2).allClose((x / 2).softmax(), relative: 1e-12))
    }

    @Test func logSoftmaxIsTheLogOfSoftmax() {
        let x = gaussian([3, 4], seed: 3)
        #expect(x.logSoftmax().allClose(x.softmax().log(), relative: 1e-12))
        #expect(x.logSoftmax(axis: 0, temperature: 3).allClose(x.softmax(axis: 0, temperature: 3).log(), relative: 1e-12))
    }

    @Test func gradientsMatchFiniteDifferences() {
        let x = gaussian([2, 3, 4], seed: 4)
        let w = gaussian([2, 3, 4], seed: 5)
        for axis in [0, 1, -1] {
            for temperature in [1.0, 0.7] {
                let s = gradientCheck([x]) { (x.softmax(axis: axis, temperature: temperature) * w).sum() }
                #expect(s.passed, "softmax axis \(axis), T \(temperature): \(s)")
                let l = gradientCheck([x]) { (x.logSoftmax(axis: axis, temperature: temperature) * w).sum() }
                #expect(l.passed, "logSoftmax axis \(axis), T \(temperature): \(l)")
            }
        }
    }

    @Test func backwardIsTheJacobianVectorProduct() {
        let x = Tensor(scalars: [0.3, -1.2, 2.0], shape: [3], requiresGrad: true)
        let g: Tensor = [1, -2, 0.5]
        let y = x.softmax()
        y.backward(g)
        let dot = zip(g.scalars, y.scalars).reduce(0) { $0 + $1.0 * $1.1 }
        let expected = zip(y.scalars, g.scalars).map { $0 * ($1 - dot) }
        #expect(x.grad!.allClose(Tensor(expected), relative: 1e-12))

        let z = Tensor(scalars: [0.3, -1.2, 2.0], shape: [3], requiresGrad: true)
        z.logSoftmax().backward(g)
        let total = g.scalars.reduce(0.0, +)
        #expect(z.grad!.allClose(Tensor(zip(g.scalars, y.scalars).map { $0 - $1 * total }), relative: 1e-12))
    }

    @Test func nonPositiveTemperatureIsRefused() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor([1, 2]).softmax(temperature: 0)
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("softmax: temperature must be a positive number, got 0.0"))
        }
    }
}
