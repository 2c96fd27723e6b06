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
            [self.requiresGrad ? Tensor.chain(g, other).summed(toShape: self.shape) : nil,
             other.requiresGrad ? Tensor.chain(g, self).summed(toShape: other.shape) : nil]
        }
    }

    /// Elementwise quotient with broadcasting.
    public func dividing(_ other: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let (out, shape) = Tensor.zipBroadcast(self, other, operation: "divide", file: file, line: line, /)
        return .result(out, shape, operation: "divide", inputs: [self, other]) { [self, other] g in
            [self.requiresGrad ? Tensor(unchecked: Tensor.repairingZeroTimesInfinity(
                Tensor.zipBroadcast(g, other, operation: "backward", file: nil, line: nil, /).scalars) {
                    Tensor.zipBroadcast(g, other, operation: "backward", file: nil, line: nil) { $0 == 0 ? 0 : $0 / $1 }.scalars
                }, g.shape).summed(toShape: self.shape) : nil,
             other.requiresGrad ? Tensor.chain(g, -self / (other * other)).summed(toShape: other.shape) : nil]
        }
    }

    /// Elementwise power `self^exponent` with broadcasting; the base must be positive where the
    /// exponent's gradient is needed.
    public func raised(to exponent: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let (out, shape) = Tensor.zipBroadcast(self, exponent, operation: "pow", file: file, line: line, Foundation.pow)
        return .result(out, shape, operation: "pow", inputs: [self, exponent]) { [self, exponent] g in
            let y = Tensor(unchecked: out, shape)
            return [self.requiresGrad ? Tensor.chain(g, exponent * self.raised(to: exponent - 1)).summed(toShape: self.shape) : nil,
                    exponent.requiresGrad ? Tensor.chain(g, y * self.log()).summed(toShape: exponent.shape) : nil]
        }
    }

    /// Elementwise power with a constant exponent, e.g. `x.pow(2)`.
    public func pow(_ exponent: Double) -> Tensor {
        if exponent == 2 { return self * self }
        return unary("pow", { Foundation.pow($0, exponent) }, derivative: { x, _ in exponent * Foundation.pow(x, exponent - 1) })
    }

    /// Elementwise larger of two tensors, NaN if either is NaN; the gradient goes to the larger (to the
    /// first on ties) and the other gets exactly 0.
    ///
    /// PyTorch: `torch.maximum` (which splits the gradient of a tie in halves).
    public func maximum(_ other: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        // The first wins when it is larger, tied or NaN; a NaN second then wins by falling through.
        // Two selects rather than `||`, which would branch on a coin flip for every value.
        let (out, shape) = Tensor.zipBroadcast(self, other, operation: "maximum", file: file, line: line) { a, b in
            let larger = a >= b ? a : b
            return a.isNaN ? a : larger
        }
        return .result(out, shape, operation: "maximum", inputs: [self, other]) { [self, other] g in
            let picks = Tensor.zipBroadcast(self, other, operation: "maximum", file: nil, line: nil) { a, b in
                let first: Double = a >= b ? 1 : 0
                return a.isNaN ? 1 : first
            }.scalars
            /// The incoming gradient where the first (or the second) was picked, exactly 0 elsewhere.
            func routed(toFirst: Bool) -> Tensor {
                let values = [Double](unsafeUninitializedCapacity: picks.count) { buffer, initialized in
                    picks.withUnsafeBufferPointer { p in
                        g.scalars.withUnsafeBufferPointer { gs in
                            // Both values are loaded before the select, so the loop does not branch.
                            if toFirst {
                                for i in 0..<p.count { let v = gs[i]; buffer[i] = p[i] != 0 ? v : 0 }
                            } else {
                                for i in 0..<p.count { let v = gs[i]; buffer[i] = p[i] != 0 ? 0 : v }
                            }
                        }
                    }
                    initialized = picks.count
                }
                return Tensor(unchecked: values, shape)
            }
            return [self.requiresGrad ? routed(toFirst: true).summed(toShape: self.shape) : nil,
                    other.requiresGrad ? routed(toFirst: false).summed(toShape: other.shape) : nil]
        }
    }

    /// Elementwise smaller of two tensors; the gradient goes to the smaller (to the first on ties).
    public func minimum(_ other: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        -((-self).maximum(-other, file: file, line: line))
    }

    /// The negated values, without recording (used inside backward rules).
    func negatedValues() -> Tensor { Tensor(unchecked: scalars.map { -$0 }, shape) }

    /// One step of the chain rule, the incoming gradient `g` times a local derivative, where a zero
    /// factor gives 0 even against ∞ or NaN (records nothing; `g` has the result's shape).
    ///
    /// So a value that was masked out — by `where`, `clamped`, `relu`, dropout, a multiplication by 0 —
    /// never sends NaN back, and neither does an unused branch whose derivative is infinite.
    static func chain(_ g: Tensor, _ local: Tensor) -> Tensor {
        let (plain, shape) = zipBroadcast(g, local, operation: "backward", file: nil, line: nil, *)
        return Tensor(unchecked: repairingZeroTimesInfinity(plain) {
            zipBroadcast(g, local, operation: "backward", file: nil, line: nil) { Tensor.chain($0, $1) }.scalars
        }, shape)
    }

    /// `values` when none is NaN, else `recompute()`: the plain product is right unless a NaN shows
    /// that some 0 met ∞ or NaN, so the careful version runs only then.
    ///
    /// One vectorised sum finds a NaN (it is NaN as soon as one value is), keeping the common case as
    /// fast as a plain multiplication.
    static func repairingZeroTimesInfinity(_ values: [Double], _ recompute: () -> [Double]) -> [Double] {
        values.withUnsafeBufferPointer { total($0) }.isNaN ? recompute() : values
    }

    /// `g·d`, but 0 when either factor is 0.
    @inline(__always)
    static func chain(_ g: Double, _ d: Double) -> Double {
        let product = g * d
        let unlessG = g == 0 ? 0 : product
        return d == 0 ? 0 : unlessG
    }
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
