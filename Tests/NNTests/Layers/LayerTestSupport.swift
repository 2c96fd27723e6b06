import NN

/// Helpers shared by the layer tests; a namespace so their names cannot clash with other suites.
enum LayerTestSupport {
    /// A smooth test-only activation, x / (1 + x²)^½, standing in for the activation layers.
    final class Squash: Layer {
        var isTraining = true
        func forward(_ input: Tensor) -> Tensor {
            input.unary("squash", { $0 / (1 + $0 * $0).squareRoot() },
                        derivative: { x, _ in 1 / ((1 + x * x) * (1 + x * x).squareRoot()) })
        }
    }

    /// A scalar whose gradient reaches every output value with a different weight: Σ y·w.
    ///
    /// A plain sum would hide errors in normalisation layers, whose outputs always sum to zero.
    static func weightedSum(_ y: Tensor, seed: UInt64 = 99) -> Tensor {
        var g = RandomGenerator(seed: seed)
        return (y * Tensor.gaussian(y.shape, using: &g)).sum()
    }

    /// Sets every parameter of `layer` to random values, so gradient checks do not start at gamma = 1, beta = 0.
    static func randomizeParameters(_ layer: any Module, seed: UInt64) {
        var g = RandomGenerator(seed: seed)
        for p in layer.allParameters { p.scalars = p.scalars.map { _ in g.uniform(0.5...1.5) } }
    }
}
