@testable import NN

/// The test problems: f(x, y) = x² + 10y² (gradient (2x, 20y), condition number 10) and f(x) = x².
enum Bowl {
    /// A vector parameter that requires gradients.
    static func parameter(_ values: [Double]) -> Tensor {
        Tensor(scalars: values, shape: [values.count], requiresGrad: true)
    }

    /// x² + 10y² for a parameter [x, y], recorded for autograd.
    static func loss(_ p: Tensor) -> Tensor { (p * p * Tensor([1, 10])).sum() }

    /// The loss's value without recording.
    static func value(_ p: Tensor) -> Double { p.scalars[0] * p.scalars[0] + 10 * p.scalars[1] * p.scalars[1] }

    /// Runs `steps` training steps of `optimizer` on `loss` and returns the parameter after each step.
    static func trajectory(_ optimizer: some Optimizer, _ p: Tensor, steps: Int,
                           loss: (Tensor) -> Tensor = Bowl.loss) -> [[Double]] {
        (0..<steps).map { _ in
            optimizer.zeroGrad()
            loss(p).backward()
            optimizer.step()
            return p.scalars
        }
    }

    /// Whether two trajectories agree to `tolerance` everywhere.
    static func close(_ a: [[Double]], _ b: [[Double]], tolerance: Double = 1e-12) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { u, v in
            u.count == v.count && zip(u, v).allSatisfy { Swift.abs($0 - $1) <= tolerance }
        }
    }
}
