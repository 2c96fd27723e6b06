import Foundation
import Testing
@testable import NN

@Suite struct ActivationTests {
    /// Inputs that stay clear of the kinks of ReLU, leaky ReLU and ELU at 0.
    let x: Tensor = [[-2.5, -1.2, -0.3, 0.4], [1.1, 2.7, -0.05, 0.07]]

    /// A fixed random weighting, so the checked function is not just a plain sum.
    func weights(_ shape: [Int], seed: UInt64) -> Tensor {
        var g = RandomGenerator(seed: seed)
        return Tensor.uniform(shape, -1...1, using: &g)
    }

    @Test func everyActivationGradientMatchesFiniteDifferences() {
        let w = weights(x.shape, seed: 11)
        let functions: [(String, (Tensor) -> Tensor)] = [
            ("sigmoid", { $0.sigmoid() }), ("tanh", { $0.tanh() }), ("relu", { $0.relu() }),
            ("leakyReLU", { $0.leakyReLU(slope: 0.1) }), ("elu", { $0.elu(alpha: 1.5) }),
            ("gelu", { $0.gelu() }), ("geluTanh", { $0.gelu(approximate: .tanh) }),
            ("softplus", { $0.softplus() }), ("identity", { $0.identity() }),
        ]
        for (name, f) in functions {
            let result = gradientCheck([x]) { (f(x) * w).sum() }
            #expect(result.passed, "\(name): \(result)")
        }
    }

    @Test func activationEnumMatchesTensorMethodsAndAutograd() {
        for activation in Activation.all {
            let t = Tensor(scalars: x.scalars, shape: [x.count], requiresGrad: true)
            let y = activation.apply(t)
            #expect(y.allClose(Tensor(activation(x.scalars))), "\(activation.name)")
            y.sum().backward()
            #expect(t.grad?.allClose(Tensor(activation.derivative(x.scalars))) == true, "\(activation.name)")
        }
    }

    @Test func closedFormDerivativesMatchFiniteDifferences() {
        let h = 1e-6
        for activation in Activation.all + [.leakyReLU(slope: 0.2), .elu(alpha: 0.5)] {
            for v in x.scalars {
                let numeric = (activation(v + h) - activation(v - h)) / (2 * h)
                #expect(Swift.abs(activation.derivative(v) - numeric) < 1e-6, "\(activation.name) at \(v)")
            }
        }
    }

    @Test func sigmoidDerivativeIsSigmoidTimesOneMinusSigmoid() {
        for v in stride(from: -6.0, through: 6.0, by: 0.5) {
            let s = sigmoid(v)
            #expect(Swift.abs(Activation.sigmoid.derivative(v) - s * (1 - s)) < 1e-15)
        }
        #expect(sigmoid(0) == 0.5)
        #expect(sigmoid(800) == 1)
        #expect(sigmoid(-800) >= 0 && sigmoid(-800).isFinite)
    }

    @Test func sigmoidSlopeIsLargestAtZeroWhereItIsOneQuarter() {
        let grid = Array(stride(from: -5.0, through: 5.0, by: 0.01))
        let slopes = Activation.sigmoid.derivative(grid)
        let best = slopes.indices.max { slopes[$0] < slopes[$1] }!
        #expect(Swift.abs(grid[best]) < 1e-9)
        #expect(slopes[best] == 0.25)
    }

    @Test func tanhIsARescaledSigmoidAndTheRatioOfExponentials() {
        let t = x.tanh()
        #expect(t.allClose(2 * (2 * x).sigmoid() - 1, relative: 1e-12, absolute: 1e-12))
        #expect(t.allClose((x.exp() - (-x).exp()) / (x.exp() + (-x).exp()), relative: 1e-12, absolute: 1e-12))
        for v in x.scalars {
            #expect(Swift.abs(Activation.tanh(v) - (2 * sigmoid(2 * v) - 1)) < 1e-12)
        }
    }

    @Test func piecewiseActivationsHaveTheirTextbookValues() {
        let v: Tensor = [-2, -0.5, 0, 3]
        #expect(v.relu().scalars == [0, 0, 0, 3])
        #expect(v.leakyReLU().allClose(Tensor([-0.02, -0.005, 0, 3])))
        #expect(v.elu().allClose(Tensor([Foundation.exp(-2) - 1, Foundation.exp(-0.5) - 1, 0, 3])))
        #expect(v.identity().scalars == v.scalars)
        #expect(relu(-1) == 0 && relu(2) == 2)
        #expect(leakyReLU(-1, slope: 0.1) == -0.1)
        #expect(Swift.abs(elu(-1, alpha: 2) - 2 * (Foundation.exp(-1) - 1)) < 1e-15)
        #expect(Activation.relu.derivative(0) == 0)
        #expect(Activation.leakyReLU(slope: 0.3).derivative(-1) == 0.3)
    }

    @Test func softplusIsStableAndItsDerivativeIsTheSigmoid() {
        #expect(softplus(1000) == 1000)
        #expect(softplus(-1000) >= 0 && softplus(-1000) < 1e-300)
        #expect(Swift.abs(softplus(0) - Foundation.log(2)) < 1e-15)
        #expect(Swift.abs(softplus(1.3) - Foundation.log(1 + Foundation.exp(1.3))) < 1e-14)
        for v in x.scalars { #expect(Activation.softplus.derivative(v) == sigmoid(v)) }
        #expect(!Tensor([-800, 800]).softplus().hasNonFinite)
    }

    @Test func geluExactAndTanhApproximationAgree() {
        #expect(gelu(0) == 0)
        #expect(Swift.abs(gelu(1) - 0.5 * (1 + Foundation.erf(1 / 2.0.squareRoot()))) < 1e-15)
        #expect(Swift.abs(gelu(10) - 10) < 1e-12)
        let grid = Tensor.linspace(-5, 5, count: 101)
        #expect(grid.gelu().maxAbsDifference(grid.gelu(approximate: .tanh)) < 1e-3)
        #expect(grid.gelu().maxAbsDifference(grid.gelu(approximate: .tanh)) > 0)
    }

    @Test func activationNamesReadWellInLegends() {
        #expect(Activation.all.map(\.name) == ["sigmoid", "tanh", "ReLU", "LeakyReLU(0.01)", "ELU(1)", "GELU",
                                                "softplus", "identity"])
        #expect(Activation.elu(alpha: 0.5).description == "ELU(0.5)")
    }
}
