import Foundation
@testable import NN

/// Helpers shared by the recurrent-cell tests.
enum RecurrentTestSupport {
    /// A sequence of `steps` Gaussian inputs of shape [batch, size].
    static func sequence(steps: Int, batch: Int, size: Int, using g: inout RandomGenerator) -> [Tensor] {
        (0..<steps).map { _ in Tensor.gaussian([batch, size], using: &g) }
    }

    /// Σ_t sum(states[t] ⊙ weights[t]): a loss that reads every state with different weights.
    static func weightedSum(_ states: [Tensor], _ weights: [Tensor]) -> Tensor {
        zip(states, weights).map { ($0 * $1).sum() }.reduce(Tensor(0), +)
    }

    /// Row vector times matrix plus bias on plain arrays: Σ_k x[k]·W[k, j] + b[j], W row-major with `columns` columns.
    static func affine(_ x: [Double], _ w: [Double], columns: Int) -> [Double] {
        (0..<columns).map { j in x.indices.reduce(0) { $0 + x[$1] * w[$1 * columns + j] } }
    }

    static func logistic(_ v: Double) -> Double { 1 / (1 + Foundation.exp(-v)) }
}
