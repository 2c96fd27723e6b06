import Foundation

extension Tensor {
    /// Applies `f` to every value; the gradient is the incoming gradient times `derivative(x, y)`,
    /// where `x` is the input value and `y = f(x)` the output value.
    ///
    /// A zero on either side of that product gives 0, even against ∞ or NaN: a value nobody used (an
    /// unpicked branch of `where`) sends back 0, and a derivative of 0 (ReLU below 0, a clamped value)
    /// blocks even an infinite incoming gradient — selection, not 0·∞ = NaN.
    public func unary(_ operation: String, _ f: (Double) -> Double,
                      derivative: @escaping (Double, Double) -> Double) -> Tensor {
        let out = scalars.map(f)
        return .result(out, shape, operation: operation, inputs: [self]) { [x = scalars] g in
            var local = [Double](repeating: 0, count: out.count)
            g.scalars.withUnsafeBufferPointer { g in
                for i in 0..<out.count { local[i] = Tensor.chain(g[i], derivative(x[i], out[i])) }
            }
            return [Tensor(unchecked: local, g.shape)]
        }
    }

    /// Elementwise e^x.
    public func exp() -> Tensor { unary("exp", Foundation.exp, derivative: { _, y in y }) }
    /// Elementwise natural logarithm.
    public func log() -> Tensor { unary("log", Foundation.log, derivative: { x, _ in 1 / x }) }
    /// Elementwise square root.
    public func sqrt() -> Tensor { unary("sqrt", Foundation.sqrt, derivative: { _, y in 0.5 / y }) }
    /// Elementwise absolute value (gradient 0 at 0, a subgradient).
    public func abs() -> Tensor { unary("abs", Swift.abs, derivative: { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) }) }
    /// Elementwise square.
    public func squared() -> Tensor { self * self }
    /// Elementwise sine.
    public func sin() -> Tensor { unary("sin", Foundation.sin, derivative: { x, _ in Foundation.cos(x) }) }
    /// Elementwise cosine.
    public func cos() -> Tensor { unary("cos", Foundation.cos, derivative: { x, _ in -Foundation.sin(x) }) }
    /// Elementwise sign: -1, 0 or 1 (gradient 0).
    public func sign() -> Tensor { unary("sign", { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }, derivative: { _, _ in 0 }) }

    /// Limits every value to `lower...upper`; the gradient is 1 inside the range and 0 where clamped.
    public func clamped(min lower: Double = -.infinity, max upper: Double = .infinity) -> Tensor {
        unary("clamp", { Swift.min(Swift.max($0, lower), upper) },
              derivative: { x, _ in x >= lower && x <= upper ? 1 : 0 })
    }
}
