import Testing
@testable import NN

/// The classic hand-worked 2-2-2 sigmoid network (inputs 0.05, 0.10; weights 0.15 … 0.55; biases 0.35
/// and 0.60; targets 0.01 and 0.99; E = ½Σ(target − out)²) against its well-known published numbers.
@Suite struct ClassicNetworkTests {
    let x: Tensor = [[0.05, 0.10]]
    let target: Tensor = [[0.01, 0.99]]
    /// w1…w4 (input → hidden), laid out [in, out]: column j holds the weights into hidden unit j.
    let w1 = Tensor(scalars: [0.15, 0.25, 0.20, 0.30], shape: [2, 2], requiresGrad: true)
    /// w5…w8 (hidden → output).
    let w2 = Tensor(scalars: [0.40, 0.50, 0.45, 0.55], shape: [2, 2], requiresGrad: true)
    let b1 = Tensor(0.35), b2 = Tensor(0.60)

    func forward() -> (hidden: Tensor, out: Tensor, error: Tensor) {
        let hidden = (x.matmul(w1) + b1).sigmoid()
        let out = (hidden.matmul(w2) + b2).sigmoid()
        return (hidden, out, Loss.halfSumSquaredError(out, target))
    }

    @Test func forwardPassMatchesThePublishedValues() {
        let (hidden, out, error) = forward()
        #expect(Swift.abs(hidden.scalars[0] - 0.593269992) < 1e-9)
        #expect(Swift.abs(hidden.scalars[1] - 0.596884378) < 1e-9)
        #expect(Swift.abs(out.scalars[0] - 0.75136507) < 1e-8)
        #expect(Swift.abs(out.scalars[1] - 0.772928465) < 1e-9)
        #expect(Swift.abs(error.item() - 0.298371109) < 1e-9)
    }

    @Test func gradientsMatchThePublishedValues() {
        forward().error.backward()
        let g2 = w2.grad!.scalars, g1 = w1.grad!.scalars
        // ∂E/∂w5, ∂E/∂w6 (into o1), ∂E/∂w7, ∂E/∂w8 (into o2).
        #expect(Swift.abs(g2[0] - 0.082167041) < 1e-9)   // w5: h1 → o1
        #expect(Swift.abs(g2[2] - 0.082667628) < 1e-9)   // w6: h2 → o1
        #expect(Swift.abs(g2[1] - (-0.022602540)) < 1e-9) // w7: h1 → o2
        #expect(Swift.abs(g2[3] - (-0.022740242)) < 1e-9) // w8: h2 → o2
        #expect(Swift.abs(g1[0] - 0.000438568) < 1e-9)   // w1: i1 → h1
        #expect(Swift.abs(g1[2] - 0.000877135) < 1e-9)   // w2: i2 → h1
        #expect(Swift.abs(g1[1] - 0.000497713) < 1e-9)   // w3: i1 → h2
        #expect(Swift.abs(g1[3] - 0.000995425) < 1e-9)   // w4: i2 → h2
    }

    @Test func oneUpdateStepMatchesThePublishedWeights() {
        forward().error.backward()
        let lr = 0.5
        let w5 = w2.scalars[0] - lr * w2.grad!.scalars[0]
        let w1new = w1.scalars[0] - lr * w1.grad!.scalars[0]
        #expect(Swift.abs(w5 - 0.35891648) < 1e-8)
        #expect(Swift.abs(w1new - 0.149780716) < 1e-9)
    }

    @Test func autogradAgreesWithFiniteDifferences() {
        #expect(gradientCheck([w1, w2]) { forward().error }.passed)
    }
}
