import Foundation

extension Tensor {
    /// Elementwise sum with broadcasting.
    public func adding(_ other: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let (out, shape) = Tensor.zipBroadcast(self, other, operation: "add", file: file, line: line, +)
        return .result(out, shape, operation: "add", inputs: [self, other]) { [a = self.shape, b = other.shape] g in
            [g.summed(toShape: a), g.summed(toShape: b)]
        }
    }

    /// Elementwise difference with broadcasting.
    public func subtracting(_ other: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let (out, shape) = Tensor.zipBroadcast(self, other, operation: "subtract", file: file, line: line, -)
        return .result(out, shape, operation: "subtract", inputs: [self, other]) { [a = self.shape, b = other.shape] g in
            [g.summed(toShape: a), g.negatedValues().summed(toShape: b)]
        }
    }

    /// Elementwise product with broadcasting.
    public func multiplying(_ other: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let (out, shape) = Tensor.zipBroadcast(self, other, operation: "multiply", file: file, line: line, *)
        return .result(out, shape, operation: "multiply", inputs: [self, other]) { [self, other] g in
            [self.requiresGrad ? (g * other).summed(toShape: self.shape) : nil,
             other.requiresGrad ? (g * self).summed(toShape: other.shape) : nil]
        }
    }

    /// Elementwise quotient with broadcasting.
    public func dividing(_ other: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let (out, shape) = Tensor.zipBroadcast(self, other, operation: "divide", file: file, line: line, /)
        return .result(out, shape, operation: "divide", inputs: [self, other]) { [self, other] g in
            [self.requiresGrad ? (g / other).summed(toShape: self.shape) : nil,
             other.requiresGrad ? (-g * self / (other * other)).summed(toShape: other.shape) : nil]
        }
    }

    /// Elementwise power `self^exponent` with broadcasting; the base must be positive where the
    /// exponent's gradient is needed.
    public func raised(to exponent: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let (out, shape) = Tensor.zipBroadcast(self, exponent, operation: "pow", file: file, line: line, Foundation.pow)
        return .result(out, shape, operation: "pow", inputs: [self, exponent]) { [self, exponent] g in
            let y = Tensor(unchecked: out, shape)
            return [self.requiresGrad ? (g * exponent * self.raised(to: exponent - 1)).summed(toShape: self.shape) : nil,
                    exponent.requiresGrad ? (g * y * self.log()).summed(toShape: exponent.shape) : nil]
        }
    }

    /// Elementwise power with a constant exponent, e.g. `x.pow(2)`.
    public func pow(_ exponent: Double) -> Tensor {
        if exponent == 2 { return self * self }
        return unary("pow", { Foundation.pow($0, exponent) }, derivative: { x, _ in exponent * Foundation.pow(x, exponent - 1) })
    }

    /// Elementwise larger of two tensors; the gradient goes to the larger (to the first on ties).
    public func maximum(_ other: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let (out, shape) = Tensor.zipBroadcast(self, other, operation: "maximum", file: file, line: line) { Swift.max($0, $1) }
        return .result(out, shape, operation: "maximum", inputs: [self, other]) { [self, other] g in
            let mask = Tensor.zipBroadcast(self, other, operation: "maximum", file: nil, line: nil) { $0 >= $1 ? 1 : 0 }.scalars
            let m = Tensor(unchecked: mask, shape)
            return [self.requiresGrad ? (g * m).summed(toShape: self.shape) : nil,
                    other.requiresGrad ? (g * (1 - m)).summed(toShape: other.shape) : nil]
        }
    }

    /// Elementwise smaller of two tensors; the gradient goes to the smaller (to the first on ties).
    public func minimum(_ other: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        -((-self).maximum(-other, file: file, line: line))
    }

    /// The negated values, without recording (used inside backward rules).
    func negatedValues() -> Tensor { Tensor(unchecked: scalars.map { -$0 }, shape) }
}

// MARK: - Operators

extension Tensor {
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.adding(rhs, file: nil, line: nil) }
    public static func - (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.subtracting(rhs, file: nil, line: nil) }
    public static func * (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.multiplying(rhs, file: nil, line: nil) }
    public static func / (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.dividing(rhs, file: nil, line: nil) }

    public static func + (lhs: Tensor, rhs: Double) -> Tensor { lhs + Tensor(rhs) }
    public static func - (lhs: Tensor, rhs: Double) -> Tensor { lhs - Tensor(rhs) }
    public static func * (lhs: Tensor, rhs: Double) -> Tensor { lhs * Tensor(rhs) }
    public static func / (lhs: Tensor, rhs: Double) -> Tensor { lhs / Tensor(rhs) }
    public static func + (lhs: Double, rhs: Tensor) -> Tensor { Tensor(lhs) + rhs }
    public static func - (lhs: Double, rhs: Tensor) -> Tensor { Tensor(lhs) - rhs }
    public static func * (lhs: Double, rhs: Tensor) -> Tensor { Tensor(lhs) * rhs }
    public static func / (lhs: Double, rhs: Tensor) -> Tensor { Tensor(lhs) / rhs }

    public static prefix func - (x: Tensor) -> Tensor {
        x.unary("negate", { -$0 }, derivative: { _, _ in -1 })
    }

    public static func += (lhs: inout Tensor, rhs: Tensor) { lhs = lhs + rhs }
    public static func -= (lhs: inout Tensor, rhs: Tensor) { lhs = lhs - rhs }
    public static func *= (lhs: inout Tensor, rhs: Tensor) { lhs = lhs * rhs }
    public static func /= (lhs: inout Tensor, rhs: Tensor) { lhs = lhs / rhs }
}
